package vn.thidua.award.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.IntegrationTest;

/** The demo's closed 2020 vote of An Giang's Cluster 2, read as the proposal will read it. */
class VoteDemoDataTest extends IntegrationTest {

    @Autowired
    VoteOutcomes outcomes;

    private long type(String code) {
        return idOf(
                "select t.id from award_type t join organizer o on o.id = t.organizer_id where o.code = 'AG' and t.code = ?",
                code);
    }

    @Test
    void anPhuTookTheFlagChauThanhTheCertificateAndNextYearsHead() {
        long term = termId("AG", "CUM2", 2020);
        VoteOutcome outcome = outcomes.closedVote(term).orElseThrow();
        long anPhu = unitId("AG", "AP");
        long chauThanh = unitId("AG", "CT");
        assertThat(outcome.method()).isEqualTo(VoteMethod.ONLINE);
        assertThat(outcome.ballotsReturned()).isEqualTo(6);
        assertThat(outcome.of(type("CO_TINH"), anPhu))
                .hasValueSatisfying(c -> assertThat(c.elected()).isTrue());
        assertThat(outcome.of(type("BK_CHU_TICH"), chauThanh))
                .hasValueSatisfying(c -> assertThat(c.elected()).isTrue());
        assertThat(outcome.nextHeadUnitId()).contains(chauThanh);
        // The ballots add up to the tally.
        assertThat(jdbc.queryForObject(
                        "select count(*) from vote_ballot b join vote v on v.id = b.vote_id where v.term_id = ?",
                        Integer.class,
                        term))
                .isEqualTo(6);
        // The year went on from its vote: Cluster 2 sent its 2020 proposal (46-proposals.sql), which the province
        // decided (47-decisions.sql).
        assertThat(jdbc.queryForObject("select status from cluster_term where id = ?", String.class, term))
                .isEqualTo("DECIDED");
    }
}
