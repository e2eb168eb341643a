package vn.thidua.award.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import vn.thidua.support.IntegrationTest;

/** The database keeps decisions, their awards and revocations as written: only a later decision takes one back. */
class DecisionTablesTest extends IntegrationTest {

    private long organizer() {
        return jdbc.queryForObject("select id from organizer where code = 'AG'", Long.class);
    }

    private long unit(String code) {
        return jdbc.queryForObject(
                "select u.id from unit u join organizer o on o.id = u.organizer_id where o.code = 'AG' and u.code = ?",
                Long.class,
                code);
    }

    @Test
    void aRecordedDecisionAndItsAwardsCannotBeChangedOrDeleted() {
        DecisionFixture decision = DecisionFixture.record(jdbc, organizer(), 2019);
        long award = decision.grant(DecisionFixture.awardType(jdbc, "AG", "CO_TINH"), unit("AP"), "Dẫn đầu cụm");

        assertThatThrownBy(() ->
                        jdbc.update("update award_decision set number = 'changed' where id = ?", decision.decisionId))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("written once");
        assertThatThrownBy(() -> jdbc.update("delete from award_decision where id = ?", decision.decisionId))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update award_granted set achievement = 'khác' where id = ?", award))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("written once");
        assertThatThrownBy(() -> jdbc.update("delete from award_granted where id = ?", award))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select achievement from award_granted where id = ?", String.class, award))
                .isEqualTo("Dẫn đầu cụm");
    }

    @Test
    void onlyALaterDecisionRevokesAndARevocationIsFinal() {
        DecisionFixture decision = DecisionFixture.record(jdbc, organizer(), 2018);
        long award = decision.grant(DecisionFixture.awardType(jdbc, "AG", "BK_CHU_TICH"), unit("CT"), "Hoàn thành");
        DecisionFixture earlier = DecisionFixture.record(jdbc, organizer(), 2018, LocalDate.of(2018, 6, 1));

        assertThatThrownBy(() -> jdbc.update(
                        "insert into award_revocation (decision_id, granted_id, kind, reason, created_at) values (?, ?, 'REVOKED', 'x', now())",
                        decision.decisionId,
                        award))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("later decision");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into award_revocation (decision_id, granted_id, kind, reason, created_at) values (?, ?, 'REVOKED', 'x', now())",
                        earlier.decisionId,
                        award))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("later decision");

        long later = DecisionFixture.revoke(jdbc, award, "Khai man thành tích");
        assertThat(jdbc.queryForObject(
                        "select decision_id from award_revocation where granted_id = ?", Long.class, award))
                .isEqualTo(later);
        assertThatThrownBy(() -> jdbc.update("delete from award_revocation where granted_id = ?", award))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void anItemIsDecidedOnlyWhenAcceptedInAReviewedProposal() {
        long item = ReviewedProposalFixture.submitted(jdbc).items.get(0);
        DecisionFixture decision = DecisionFixture.record(jdbc, organizer(), 2020);

        assertThatThrownBy(() -> jdbc.update("""
                        insert into award_granted (decision_id, organizer_id, award_type_id, year, unit_id, achievement,
                                                   proposal_item_id, register_number, verification_code, created_at)
                        select ?, ?, award_type_id, 2020, unit_id, summary, id, 'TEST-ITEM', 'TESTITEMCODE', now()
                        from award_proposal_item where id = ?""", decision.decisionId, organizer(), item))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("accepted item of a reviewed proposal");
    }

    @Test
    void aSubmittedProposalsItemsTakeOnlyTheirReview() {
        long item = ReviewedProposalFixture.submitted(jdbc).items.get(0);

        assertThatThrownBy(() -> jdbc.update("update award_proposal_item set summary = 'khác' where id = ?", item))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("submitted");
        assertThatThrownBy(() -> jdbc.update(
                        "update award_proposal_item set review_outcome = 'REJECTED', review_reason = ' ' where id = ?",
                        item))
                .isInstanceOf(DataAccessException.class);
    }
}
