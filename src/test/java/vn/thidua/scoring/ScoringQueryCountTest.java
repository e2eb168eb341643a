package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * Proves that the ranking, round and sheet pages issue a fixed number of SQL statements, whatever the number of
 * units or criteria: the same page for a bigger cluster or a longer table costs exactly as many statements, and no more
 * than it did before the features shared the organisation's look-ups (each asked for the organiser and the
 * cluster-year again in a transaction of its own; now a page reads each once).
 */
class ScoringQueryCountTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    RoundService roundService;

    @Autowired
    ReviewService reviews;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void enableStatistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void disableStatistics() {
        statistics.setStatisticsEnabled(false);
        SecurityContextHolder.clearContext();
    }

    /** A finalised round for a cluster of {@code 3 + extraMembers} units and {@code 6 + extraCriteria} criteria. */
    private ScoringFixture finalisedRound(int extraMembers, int extraCriteria) {
        ScoringFixture f = ScoringFixture.create(jdbc, extraMembers);
        f.createTable(tables, extraCriteria);
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().plusDays(5), null, null);
        jdbc.update("""
                update score_line set self_value = 1, self_score = 1 where sheet_id in (
                  select s.id from score_sheet s join scoring_round r on r.id = s.round_id where r.term_id = ?)
                  and node_id in (select id from criterion_node where kind in ('MANUAL', 'PASS_FAIL', 'PER_OCCURRENCE'))""", f.termId);
        jdbc.update("""
                update score_line set self_value = 100, self_target = 100, self_score = 10 where sheet_id in (
                  select s.id from score_sheet s join scoring_round r on r.id = s.round_id where r.term_id = ?)
                  and node_id in (select id from criterion_node where kind = 'FIGURE_AGAINST_TARGET')""", f.termId);
        jdbc.update("update score_sheet set status = 'SUBMITTED' where round_id = ?", f.roundId());
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.REVIEW, null);
        jdbc.query(
                "select s.id, s.unit_id from score_sheet s where s.round_id = ?",
                rs -> {
                    long sheet = rs.getLong(1);
                    if (rs.getLong(2) == f.unitA) {
                        f.as("admin");
                    } else {
                        f.as(f.headUser);
                    }
                    reviews.review(sheet, f.version(sheet), Map.of());
                    reviews.finalise(sheet, f.version(sheet), Map.of());
                },
                f.roundId());
        f.as("admin");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.FINALISED, null);
        SecurityContextHolder.clearContext();
        return f;
    }

    private long statementsFor(String url, String user) throws Exception {
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        long count = statistics.getPrepareStatementCount();
        org.slf4j.LoggerFactory.getLogger(ScoringQueryCountTest.class)
                .info("{} as {}: {} SQL statements", url, user, count);
        return count;
    }

    @Test
    void rankingAndRoundPagesCostTheSameNumberOfStatementsForAnyNumberOfUnits() throws Exception {
        ScoringFixture small = finalisedRound(0, 0);
        ScoringFixture large = finalisedRound(9, 0);
        long smallRanking = statementsFor("/scoring/rounds/" + small.roundId() + "/ranking", small.officerB);
        long largeRanking = statementsFor("/scoring/rounds/" + large.roundId() + "/ranking", large.officerB);
        assertThat(largeRanking).isEqualTo(smallRanking);
        // The ranking: the person, their unread notices, their organiser, their unit and its cluster-years (the layout
        // and the access checks share them), then the round, its criteria, its sheets and their scores.
        assertThat(smallRanking).isLessThanOrEqualTo(9);
        long smallRound = statementsFor("/scoring/rounds/" + small.roundId(), "admin");
        long largeRound = statementsFor("/scoring/rounds/" + large.roundId(), "admin");
        assertThat(largeRound).isEqualTo(smallRound);
        // The round's page: the person, their notices, their organiser, the round with its history, its criteria,
        // its sheets with their scores, and the cluster-year with its members from organisation (its name and the
        // units' names; the round keeps only its id, and an administrator's access checks do not read it first).
        assertThat(smallRound).isLessThanOrEqualTo(7);
    }

    @Test
    void aSheetPageCostsTheSameNumberOfStatementsForAnyNumberOfCriteria() throws Exception {
        ScoringFixture short_ = finalisedRound(0, 0);
        ScoringFixture long_ = finalisedRound(0, 20);
        long shortSheet = statementsFor("/scoring/sheets/" + short_.sheetOf(short_.unitB), short_.officerB);
        long longSheet = statementsFor("/scoring/sheets/" + long_.sheetOf(long_.unitB), long_.officerB);
        assertThat(longSheet).isEqualTo(shortSheet);
        assertThat(shortSheet).isLessThanOrEqualTo(9);
    }
}
