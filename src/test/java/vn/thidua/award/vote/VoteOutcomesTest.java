package vn.thidua.award.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.support.IntegrationTest;

/** A vote's frozen result is read only once the vote is closed, with its tally and next year's leaders. */
class VoteOutcomesTest extends IntegrationTest {

    @Autowired
    VoteOutcomes outcomes;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void onlyAClosedVoteHasAnOutcome() {
        // Everything this test writes is rolled back: the cluster-years' votes belong to the other tests.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            checkOutcome();
            status.setRollbackOnly();
        });
    }

    private void checkOutcome() {
        long organizer = idOf("select id from organizer where code = ?", "AG");
        long term = idOf(
                "select t.id from cluster_term t join cluster c on c.id = t.cluster_id where c.organizer_id = ? "
                        + "and not exists (select 1 from vote v where v.term_id = t.id) "
                        + "and exists (select 1 from cluster_member m where m.term_id = t.id) order by t.year desc limit 1",
                organizer);
        long type = idOf(
                "insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, "
                        + "vote_share_percent, vote_share_strict) values (?, 'T-OUTCOME', 'Loại thử', 'TITLE', "
                        + "'PROVINCE', 'COLLECTIVE', 'MEMBERS', 50, true) returning id",
                organizer);
        long unit = idOf("select unit_id from cluster_member where term_id = ? order by unit_id limit 1", term);
        long vote = idOf(
                "insert into vote (term_id, status, method, members_entitled, ballots_issued, ballots_returned, "
                        + "ballots_valid, next_head_unit_id) values (?, 'OPEN', 'ONLINE', 6, 6, 5, 5, ?) returning id",
                term,
                unit);
        jdbc.update(
                "insert into vote_result (vote_id, award_type_id, unit_id, votes_for, votes_against, share_percent, "
                        + "elected) values (?, ?, ?, 4, 1, 66.67, true)",
                vote,
                type,
                unit);
        jdbc.update("insert into vote_next_deputy (vote_id, unit_id) values (?, ?)", vote, unit);

        assertThat(outcomes.closedVote(term)).isEmpty();

        jdbc.update("update vote set status = 'CLOSED' where id = ?", vote);
        VoteOutcome outcome = outcomes.closedVote(term).orElseThrow();
        assertThat(outcome.method()).isEqualTo(VoteMethod.ONLINE);
        assertThat(outcome.ballotsReturned()).isEqualTo(5);
        assertThat(outcome.of(type, unit)).hasValueSatisfying(c -> {
            assertThat(c.votesFor()).isEqualTo(4);
            assertThat(c.sharePercent()).isEqualByComparingTo(new BigDecimal("66.67"));
            assertThat(c.elected()).isTrue();
        });
        assertThat(outcome.nextHeadUnitId()).contains(unit);
        assertThat(outcome.nextDeputyUnitIds()).containsExactly(unit);
    }
}
