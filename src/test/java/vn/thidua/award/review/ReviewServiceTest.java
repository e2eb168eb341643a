package vn.thidua.award.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.award.proposal.ProposalException;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.proposal.ReviewOutcome;
import vn.thidua.award.proposal.SubmittedProposals;
import vn.thidua.award.proposal.SubmittedProposals.Submitted;
import vn.thidua.support.IntegrationTest;

/**
 * The organiser's review of a submitted proposal, from the reviewer's recommendation through a return for correction,
 * the head's correction and resubmission, to the administrator's outcomes and the conclusion; and who may do what.
 */
class ReviewServiceTest extends IntegrationTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    ProposalService proposals;

    Submitted s;

    @BeforeEach
    void setUp() {
        s = SubmittedProposals.create(jdbc, proposals);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long stampOf(long itemId) {
        return reviews.page(s.proposalId()).stampOf(itemId);
    }

    private long stamp() {
        return reviews.page(s.proposalId()).stamp();
    }

    private String status() {
        return jdbc.queryForObject("select status from award_proposal where id = ?", String.class, s.proposalId());
    }

    private java.util.List<String> history() {
        return jdbc.queryForList(
                "select to_status || coalesce(':' || reason, '') from award_proposal_status_change where proposal_id = ? order by id",
                String.class,
                s.proposalId());
    }

    private java.util.List<String> itemHistory(long itemId) {
        return jdbc.queryForList(
                "select kind || coalesce(':' || outcome, '') || coalesce(':' || reason, '') from award_proposal_item_review where item_id = ? order by id",
                String.class,
                itemId);
    }

    private java.util.List<String> audit() {
        return jdbc.queryForList(
                "select action from audit_event where entity_type = 'AwardProposalReview' and entity_id = ? order by id",
                String.class,
                s.proposalId());
    }

    private long notificationsOf(String username) {
        return idOf(
                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = ?",
                username);
    }

    @Test
    void theRoundTripFromRecommendationThroughReturnAndResubmissionToConclusion() {
        // The reviewer recommends: accept A, reject B (a rejection needs its reason).
        s.as("thamdinh");
        reviews.recommend(s.proposalId(), s.itemA(), s.version(), stampOf(s.itemA()), ReviewOutcome.ACCEPTED, null);
        assertThatThrownBy(() -> reviews.recommend(
                        s.proposalId(), s.itemB(), s.version(), stampOf(s.itemB()), ReviewOutcome.REJECTED, " "))
                .isInstanceOf(ProposalException.class)
                .hasMessageContaining("review.error.reasonRequired");
        reviews.recommend(
                s.proposalId(), s.itemB(), s.version(), stampOf(s.itemB()), ReviewOutcome.REJECTED, "Thiếu số liệu");
        assertThat(itemHistory(s.itemB())).containsExactly("RECOMMENDED:REJECTED:Thiếu số liệu");
        assertThat(status()).isEqualTo("SUBMITTED");

        // The administrator rejects B with a reason, then returns the whole proposal with comments.
        s.as("admin");
        reviews.judge(
                s.proposalId(),
                s.itemB(),
                s.version(),
                stampOf(s.itemB()),
                ReviewOutcome.REJECTED,
                "Thiếu số liệu thu ngân sách");
        assertThat(jdbc.queryForObject(
                        "select review_outcome || ':' || review_reason from award_proposal_item where id = ?",
                        String.class,
                        s.itemB()))
                .isEqualTo("REJECTED:Thiếu số liệu thu ngân sách");
        long headBefore = notificationsOf(s.headUser());
        reviews.returnForCorrection(s.proposalId(), s.version(), stamp(), "Bổ sung số liệu thu ngân sách của đơn vị B");
        assertThat(status()).isEqualTo("RETURNED");
        assertThat(history())
                .containsExactly("DRAFT", "SUBMITTED", "RETURNED:Bổ sung số liệu thu ngân sách của đơn vị B");
        assertThat(itemHistory(s.itemB()))
                .containsExactly(
                        "RECOMMENDED:REJECTED:Thiếu số liệu",
                        "REJECTED:REJECTED:Thiếu số liệu thu ngân sách",
                        "CLEARED");
        assertThat(itemHistory(s.itemA())).endsWith("CLEARED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_proposal_item where proposal_id = ? and (review_outcome is not null or recommended_outcome is not null)",
                        Long.class,
                        s.proposalId()))
                .isZero();
        assertThat(notificationsOf(s.headUser())).isGreaterThan(headBefore);

        // The head sees the comments, corrects and submits again.
        s.as(s.headUser());
        var page = proposals.page(s.termId());
        assertThat(page.lastReturn()).isPresent();
        assertThat(page.lastReturn().get().getReason()).isEqualTo("Bổ sung số liệu thu ngân sách của đơn vị B");
        proposals.editItem(s.termId(), s.itemB(), s.version(), null, "Thu ngân sách đạt 119,54% kế hoạch");
        proposals.submit(s.termId(), s.version());
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(proposals.page(s.termId()).lastReturn()).isEmpty();

        // The administrator accepts both; the review cannot be concluded while an item is open.
        s.as("admin");
        reviews.judge(s.proposalId(), s.itemA(), s.version(), stampOf(s.itemA()), ReviewOutcome.ACCEPTED, null);
        assertThatThrownBy(() -> reviews.conclude(s.proposalId(), s.version(), stamp()))
                .isInstanceOf(ProposalException.class)
                .hasMessageContaining("review.error.itemsOpen");
        assertThat(reviews.page(s.proposalId()).canConclude()).isFalse();
        reviews.judge(s.proposalId(), s.itemB(), s.version(), stampOf(s.itemB()), ReviewOutcome.ACCEPTED, null);
        headBefore = notificationsOf(s.headUser());
        reviews.conclude(s.proposalId(), s.version(), stamp());
        assertThat(status()).isEqualTo("REVIEWED");
        assertThat(history())
                .containsExactly(
                        "DRAFT",
                        "SUBMITTED",
                        "RETURNED:Bổ sung số liệu thu ngân sách của đơn vị B",
                        "SUBMITTED",
                        "REVIEWED");
        assertThat(notificationsOf(s.headUser())).isGreaterThan(headBefore);
        assertThat(audit())
                .containsExactly(
                        "REVIEW_RECOMMENDED",
                        "REVIEW_RECOMMENDED",
                        "REVIEW_ITEM_REJECTED",
                        "REVIEW_PROPOSAL_RETURNED",
                        "REVIEW_ITEM_ACCEPTED",
                        "REVIEW_ITEM_ACCEPTED",
                        "REVIEW_CONCLUDED");

        // The accepted items are ready for a decision; a reviewed proposal no longer changes.
        long organizer = idOf("select id from organizer where code = 'AG'");
        assertThat(reviews.acceptedNotDecided(organizer, 2021))
                .filteredOn(i -> i.proposalId() == s.proposalId())
                .extracting(AcceptedItem::itemId)
                .containsExactly(s.itemA(), s.itemB());
        // Once a decision grants item A, only B is left to decide.
        var decision = vn.thidua.award.decision.DecisionFixture.record(jdbc, organizer, 2021);
        jdbc.update(
                """
                insert into award_granted (decision_id, organizer_id, award_type_id, year, unit_id, achievement,
                    proposal_item_id, register_number, verification_code, created_at)
                values (?, ?, ?, 2021, ?, 'Dẫn đầu cụm', ?, ?, ?, now())""",
                decision.decisionId,
                organizer,
                s.typeId(),
                s.unitA(),
                s.itemA(),
                "R" + s.itemA(),
                vn.thidua.common.VerifyCodes.next());
        assertThat(reviews.acceptedNotDecided(organizer, 2021))
                .filteredOn(i -> i.proposalId() == s.proposalId())
                .extracting(AcceptedItem::itemId)
                .containsExactly(s.itemB());
        assertThatThrownBy(() -> reviews.judge(
                        s.proposalId(), s.itemA(), s.version(), stampOf(s.itemA()), ReviewOutcome.REJECTED, "x"))
                .isInstanceOf(ProposalException.class)
                .hasMessageContaining("review.error.notUnderReview");
        assertThatThrownBy(() -> reviews.returnForCorrection(s.proposalId(), s.version(), stamp(), "Trả lại"))
                .isInstanceOf(ProposalException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update award_proposal_item set review_outcome = 'REJECTED', review_reason = 'x' where id = ?",
                        s.itemA()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void onlyTheAdministratorDecidesAndOnlyTheOrganisersStaffReview() {
        s.as("thamdinh");
        long stampA = stampOf(s.itemA());
        assertThatThrownBy(() ->
                        reviews.judge(s.proposalId(), s.itemA(), s.version(), stampA, ReviewOutcome.ACCEPTED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.returnForCorrection(s.proposalId(), s.version(), 0, "Trả lại"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.conclude(s.proposalId(), s.version(), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.page(s.proposalId()).canJudge()).isFalse();
        assertThat(reviews.page(s.proposalId()).canRecommend()).isTrue();

        for (String outsider :
                java.util.List.of(s.headUser(), s.memberUser(), s.otherClusterUser(), "kiengiang", "trunguong")) {
            s.as(outsider);
            assertThatThrownBy(() -> reviews.page(s.proposalId()))
                    .as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reviews.recommend(
                            s.proposalId(), s.itemA(), s.version(), stampA, ReviewOutcome.ACCEPTED, null))
                    .as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            reviews.judge(s.proposalId(), s.itemA(), s.version(), stampA, ReviewOutcome.ACCEPTED, null))
                    .as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
        s.as("kiengiang");
        assertThatThrownBy(() -> reviews.returnForCorrection(s.proposalId(), s.version(), 0, "Trả lại"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.acceptedNotDecided(idOf("select id from organizer where code = 'AG'"), 2021))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(itemHistory(s.itemA())).isEmpty();
    }

    @Test
    void aStaleFormIsRefusedAndNothingIsOverwritten() {
        s.as("thamdinh");
        long seen = stampOf(s.itemA());
        reviews.recommend(s.proposalId(), s.itemA(), s.version(), seen, ReviewOutcome.ACCEPTED, null);
        // Another form made before that recommendation.
        s.as("admin");
        assertThatThrownBy(() -> reviews.judge(
                        s.proposalId(), s.itemA(), s.version(), seen, ReviewOutcome.REJECTED, "Không đạt"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> reviews.judge(
                        s.proposalId(),
                        s.itemA(),
                        s.version() - 1,
                        stampOf(s.itemA()),
                        ReviewOutcome.REJECTED,
                        "Không đạt"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> reviews.returnForCorrection(s.proposalId(), s.version(), seen, "Trả lại"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject(
                        "select review_outcome from award_proposal_item where id = ?", String.class, s.itemA()))
                .isNull();
        assertThat(status()).isEqualTo("SUBMITTED");
        // A form made on the state shown now goes through; an empty comment or an overlong reason does not.
        assertThatThrownBy(() -> reviews.returnForCorrection(s.proposalId(), s.version(), stamp(), "  "))
                .isInstanceOf(ProposalException.class)
                .hasMessageContaining("review.return.commentsRequired");
        assertThatThrownBy(() -> reviews.judge(
                        s.proposalId(),
                        s.itemA(),
                        s.version(),
                        stampOf(s.itemA()),
                        ReviewOutcome.REJECTED,
                        "x".repeat(1001)))
                .hasMessageContaining("input.text.tooLong");
        reviews.judge(s.proposalId(), s.itemA(), s.version(), stampOf(s.itemA()), ReviewOutcome.REJECTED, "Không đạt");
        assertThat(itemHistory(s.itemA())).containsExactly("RECOMMENDED:ACCEPTED", "REJECTED:REJECTED:Không đạt");
    }

    @Test
    void aReturnedProposalIsEditedOnlyByItsHeadOrAnAdministrator() {
        s.as("admin");
        reviews.returnForCorrection(s.proposalId(), s.version(), stamp(), "Bổ sung báo cáo");
        for (String other : java.util.List.of(s.memberUser(), "thamdinh", s.otherClusterUser(), "kiengiang")) {
            s.as(other);
            assertThatThrownBy(() -> proposals.editItem(s.termId(), s.itemA(), s.version(), null, "Sửa"))
                    .as(other)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> proposals.submit(s.termId(), s.version()))
                    .as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        s.as(s.headUser());
        proposals.editItem(s.termId(), s.itemA(), s.version(), null, "Đã bổ sung báo cáo");
        s.as("admin");
        proposals.editItem(s.termId(), s.itemA(), s.version(), null, "Đã bổ sung báo cáo đầy đủ");
        assertThat(jdbc.queryForObject("select summary from award_proposal_item where id = ?", String.class, s.itemA()))
                .isEqualTo("Đã bổ sung báo cáo đầy đủ");
    }

    @Test
    void aClosedYearIsReviewedNoMore() {
        jdbc.update("update cluster_term set status = 'CLOSED', reopens_to = 'PROPOSAL' where id = ?", s.termId());
        s.as("admin");
        assertThat(reviews.page(s.proposalId()).underReview()).isFalse();
        assertThatThrownBy(() -> reviews.judge(
                        s.proposalId(), s.itemA(), s.version(), stampOf(s.itemA()), ReviewOutcome.ACCEPTED, null))
                .isInstanceOf(ProposalException.class)
                .hasMessageContaining("review.error.closedYear");
        assertThatThrownBy(() -> reviews.returnForCorrection(s.proposalId(), s.version(), stamp(), "Trả lại"))
                .isInstanceOf(ProposalException.class)
                .hasMessageContaining("review.error.closedYear");
        assertThat(status()).isEqualTo("SUBMITTED");
    }
}
