package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;

/**
 * The daily reminder that self-scoring closes soon: a round whose deadline is near reminds its units with drafts
 * once, a round whose deadline is far reminds nobody, a unit that submitted is left alone, and moving the deadline
 * later lets the reminder go out again before the new date.
 */
class SelfScoringRemindersTest extends IntegrationTest {

    private static final String KEY = "notification.scoring.closingSoon";

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    SelfScoringService selfScoring;

    @Autowired
    RoundDeadlines roundDeadlines;

    @Autowired
    SelfScoringReminders reminders;

    ScoringFixture f;
    LocalDate deadline;

    @BeforeEach
    void setUp() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        f.as("admin");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        deadline = today.plusDays(30);
        roundOpening.open(f.termId, deadline, today.plusDays(60), "Mở chấm điểm");
        f.target("I.1", "100");
        f.as(f.officerB);
        long sheet = f.sheetOf(f.unitB);
        Map<String, ScoreSheet.SelfEntry> values = new HashMap<>();
        values.put("I.1", new ScoreSheet.SelfEntry(new BigDecimal("100"), "Báo cáo"));
        values.put("I.2", new ScoreSheet.SelfEntry(new BigDecimal("35"), null));
        values.put("II.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, null));
        values.put("II.2", new ScoreSheet.SelfEntry(new BigDecimal("25"), null));
        values.put("T.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
        values.put("TR.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
        selfScoring.saveAndSubmit(sheet, f.version(sheet), values);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private int told(String username) {
        return jdbc.queryForObject(
                "select count(*) from notification n join app_user u on u.id = n.user_id"
                        + " where u.username = ? and n.message_key = ?",
                Integer.class,
                username,
                KEY);
    }

    @Test
    void aRoundDueInTwoDaysRemindsItsDraftsOnceAndOneDueInTenDaysNobody() {
        SecurityContextHolder.clearContext();
        reminders.remind(deadline.minusDays(10));
        assertThat(told(f.headUser)).isZero();
        assertThat(told(f.officerC)).isZero();
        assertThat(jdbc.queryForObject(
                        "select closing_reminder_sent_at from scoring_round where id = ?",
                        java.sql.Timestamp.class,
                        f.roundId()))
                .isNull();

        reminders.remind(deadline.minusDays(2));
        assertThat(told(f.headUser)).isEqualTo(1);
        assertThat(told(f.officerC)).isEqualTo(1);
        assertThat(told(f.officerB)).as("the unit that submitted").isZero();
        String message = jdbc.queryForObject(
                "select n.arguments from notification n join app_user u on u.id = n.user_id"
                        + " where u.username = ? and n.message_key = ?",
                String.class,
                f.officerC,
                KEY);
        assertThat(message).contains(deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        // The next day, or after a restart: nothing more.
        reminders.remind(deadline.minusDays(2));
        reminders.remind(deadline.minusDays(1));
        assertThat(told(f.headUser)).isEqualTo(1);
        assertThat(told(f.officerC)).isEqualTo(1);
    }

    @Test
    void movingTheDeadlineLaterLetsTheReminderGoOutAgain() {
        reminders.remind(deadline.minusDays(1));
        assertThat(told(f.officerC)).isEqualTo(1);
        f.as("admin");
        LocalDate later = deadline.plusDays(7);
        roundDeadlines.changeDeadlines(f.roundId(), f.roundVersion(), later, deadline.plusDays(30));
        SecurityContextHolder.clearContext();
        reminders.remind(later.minusDays(5));
        assertThat(told(f.officerC)).isEqualTo(1);
        reminders.remind(later.minusDays(3));
        assertThat(told(f.officerC)).isEqualTo(2);
        assertThat(told(f.officerB)).isZero();
    }
}
