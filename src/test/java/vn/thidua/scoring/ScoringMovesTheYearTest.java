package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.organization.internal.ClusterService;
import vn.thidua.support.IntegrationTest;

/**
 * Scoring moves its cluster-year on (opened, then results published), each move recorded with its cause; once the
 * administrator closes the year, scoring refuses every change in the service and in the database.
 */
class ScoringMovesTheYearTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    RoundService roundService;

    @Autowired
    RoundDeadlines roundDeadlines;

    @Autowired
    SelfScoringService selfScoring;

    @Autowired
    ClusterService clusters;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String statusOf(ScoringFixture f) {
        return jdbc.queryForObject("select status from cluster_term where id = ?", String.class, f.termId);
    }

    private long termVersion(ScoringFixture f) {
        return jdbc.queryForObject("select version from cluster_term where id = ?", Long.class, f.termId);
    }

    /** Scoring opened on a year still being set up, then finalised with its results published. */
    private ScoringFixture published() {
        ScoringFixture f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        jdbc.update("update cluster_term set status = 'SET_UP' where id = ?", f.termId);
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().plusDays(10), null, "Mở chấm điểm năm 2021");
        assertThat(statusOf(f)).isEqualTo("SCORING");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.REVIEW, null);
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.FINALISED, "Công bố kết quả năm 2021");
        return f;
    }

    @Test
    void publishingTheResultsMovesTheYearOnAndRecordsItsCause() {
        ScoringFixture f = published();
        assertThat(statusOf(f)).isEqualTo("RESULTS");
        List<Map<String, Object>> moves = jdbc.queryForList("""
                select old_value ->> 'status' as before, new_value ->> 'status' as after, new_value ->> 'cause' as cause, reason
                from audit_event where entity_type = 'ClusterTerm' and entity_id = ? and action = 'TERM_STATUS_ADVANCED' order by id""", f.termId);
        assertThat(moves).hasSize(2);
        assertThat(moves.get(0))
                .containsEntry("before", "SET_UP")
                .containsEntry("after", "SCORING")
                .containsEntry("cause", "Mở tự chấm điểm")
                .containsEntry("reason", "Mở chấm điểm năm 2021");
        assertThat(moves.get(1))
                .containsEntry("before", "SCORING")
                .containsEntry("after", "RESULTS")
                .containsEntry("cause", "Kết thúc chấm điểm, công bố kết quả")
                .containsEntry("reason", "Công bố kết quả năm 2021");
    }

    @Test
    void aYearIsClosedOnlyOnceItsResultsArePublished() {
        ScoringFixture f = ScoringFixture.create(jdbc);
        f.as("admin");
        long version = termVersion(f);
        assertThatThrownBy(() -> clusters.closeTerm(f.clusterId, 2021, version))
                .hasMessageContaining("term.close.notDone");
        assertThat(statusOf(f)).isEqualTo("SCORING");
    }

    @Test
    void aClosedYearRefusesScoringChangesInTheServiceAndTheDatabase() {
        ScoringFixture f = published();
        long sheetB = f.sheetOf(f.unitB);
        f.as("admin");
        clusters.closeTerm(f.clusterId, 2021, termVersion(f));
        assertThat(statusOf(f)).isEqualTo("CLOSED");

        assertThatThrownBy(() -> roundDeadlines.changeDeadlines(
                        f.roundId(), f.roundVersion(), LocalDate.now().plusDays(3), null))
                .hasMessageContaining("scoring.round.termClosed");
        f.as(f.officerB);
        assertThatThrownBy(() -> selfScoring.saveDraft(sheetB, f.version(sheetB), Map.of()))
                .hasMessageContaining("scoring.round.termClosed");

        assertThatThrownBy(() -> jdbc.update("update score_sheet set status = 'SUBMITTED' where id = ?", sheetB))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> jdbc.update("update score_line set self_value = 1 where sheet_id = ?", sheetB))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> jdbc.update(
                        "update scoring_round set review_deadline = current_date where id = ?", f.roundId()))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("closed");
        assertThatThrownBy(() ->
                        jdbc.update("delete from cluster_member where term_id = ? and unit_id = ?", f.termId, f.unitC))
                .isInstanceOf(DataAccessException.class);

        f.as("admin");
        clusters.reopenTerm(f.clusterId, 2021, termVersion(f), "Sửa sai sót trong phiếu");
        assertThat(statusOf(f)).isEqualTo("RESULTS");
        // Open again: what stops the change now is the round's own rule, and the database takes writes.
        assertThatThrownBy(() -> roundDeadlines.changeDeadlines(
                        f.roundId(), f.roundVersion(), LocalDate.now().plusDays(3), null))
                .hasMessageContaining("scoring.round.finalised");
        assertThat(jdbc.update("update scoring_round set review_deadline = review_deadline where id = ?", f.roundId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select reason from audit_event where entity_type = 'ClusterTerm' and entity_id = ? and action = 'TERM_REOPENED'",
                        String.class,
                        f.termId))
                .isEqualTo("Sửa sai sót trong phiếu");
    }
}
