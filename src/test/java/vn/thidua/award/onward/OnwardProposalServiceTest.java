package vn.thidua.award.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.award.decision.DecisionHeader;
import vn.thidua.award.proposal.ReviewOutcome;
import vn.thidua.support.IntegrationTest;

/**
 * The onward proposal from the province's draft to the central decision: candidates come only from the province's
 * standing decided awards, the quota on the cluster leaders and the prerequisites refuse a submission, submitting
 * freezes the proposal (in the service and in the database), the council returns, judges, concludes and decides once.
 */
class OnwardProposalServiceTest extends IntegrationTest {

    @Autowired
    OnwardService onward;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static DecisionHeader header(String number) {
        return new DecisionHeader(
                number,
                LocalDate.now(vn.thidua.common.BusinessTime.ZONE),
                "Thủ tướng Chính phủ",
                "Nguyễn Văn Thử",
                "Thủ tướng",
                "Về việc tặng Cờ thi đua của Chính phủ");
    }

    @Test
    void candidatesAreTheProvincesStandingDecidedAwardsThatMeetEachTypesBasis() {
        OnwardFixture f = OnwardFixture.create(jdbc, 5, "20");
        long unitD = f.unit("D");
        long flagD = DecisionFixture.record(jdbc, f.ag, f.year).grant(f.provFlag, unitD, "Dẫn đầu");
        DecisionFixture.revoke(jdbc, flagD, "Sai sót hồ sơ");
        f.as("admin");
        long id = onward.start(f.year);

        OnwardPage page = onward.show(id);
        assertThat(page.candidates())
                .extracting(OnwardPage.CandidateRow::typeId, OnwardPage.CandidateRow::basisAwardId)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(f.govFlag, f.flagA),
                        org.assertj.core.groups.Tuple.tuple(f.govFlag, f.flagB),
                        org.assertj.core.groups.Tuple.tuple(f.pmBk, f.bkC))
                .doesNotContain(
                        org.assertj.core.groups.Tuple.tuple(f.govFlag, flagD),
                        org.assertj.core.groups.Tuple.tuple(f.govFlag, f.bkC),
                        org.assertj.core.groups.Tuple.tuple(f.pmBk, f.flagA));
        // A revoked award, or an award of another basis, is refused even when sent by hand.
        assertThatThrownBy(() -> onward.addItem(id, f.version(), f.govFlag, flagD))
                .isInstanceOf(OnwardException.class)
                .hasMessageContaining("onward.item.notCandidate");
        assertThatThrownBy(() -> onward.addItem(id, f.version(), f.govFlag, f.bkC))
                .isInstanceOf(OnwardException.class);

        OnwardItem item = onward.addItem(id, f.version(), f.govFlag, f.flagA);
        assertThat(item.getUnitId()).isEqualTo(f.unitA);
        assertThat(item.getSummary()).isEqualTo("Dẫn đầu cụm năm " + f.year);
        assertThatThrownBy(() -> onward.addItem(id, f.version(), f.govFlag, f.flagA))
                .isInstanceOf(OnwardException.class);
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'OnwardProposal' and entity_id = ? order by id",
                        String.class,
                        id))
                .containsExactly("ONWARD_DRAFTED", "ONWARD_ITEM_ADDED");
    }

    @Test
    void theQuotaOnTheClusterLeadersRefusesThenTheSubmissionGoesThroughAndTheCouncilIsTold() {
        OnwardFixture f = OnwardFixture.create(jdbc, 5, "20");
        f.as("admin");
        long id = onward.start(f.year);
        onward.addItem(id, f.version(), f.govFlag, f.flagA);
        onward.addItem(id, f.version(), f.govFlag, f.flagB);

        assertThatThrownBy(() -> onward.submit(id, f.version()))
                .isInstanceOfSatisfying(
                        OnwardService.OnwardRefused.class,
                        e -> assertThat(e.failures())
                                .extracting(OnwardRules.Failure::key)
                                .containsExactly("onward.rule.leaderQuota"));
        assertThat(onward.show(id).failures().get(0).args())
                .containsExactly("Danh hiệu " + f.tag + "GF", "2", "20", "5", "1", "Nghị định thử " + f.tag + "GF");
        assertThat(f.status()).isEqualTo("DRAFT");

        onward.removeItem(id, f.item(f.govFlag, f.flagB), f.version());
        long before = f.notifications("trunguong");
        onward.submit(id, f.version());

        assertThat(f.status()).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForList(
                        "select to_status from award_onward_status_change where proposal_id = ? order by id",
                        String.class,
                        id))
                .containsExactly("DRAFT", "SUBMITTED");
        assertThat(f.notifications("trunguong")).isGreaterThan(before);
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'OnwardProposal' and entity_id = ? order by id",
                        String.class,
                        id))
                .contains("ONWARD_SUBMITTED");
    }

    @Test
    void theConsecutiveYearsPrerequisiteReadsTheDecidedAwardsOfTheYearsBefore() {
        OnwardFixture f = OnwardFixture.create(jdbc, 1, null);
        long unitE = f.unit("E");
        long bkE = DecisionFixture.record(jdbc, f.ag, f.year).grant(f.provBk, unitE, "Một năm");
        f.as("admin");
        long id = onward.start(f.year);
        onward.addItem(id, f.version(), f.pmBk, f.bkC);
        assertThat(onward.show(id).failures()).isEmpty();
        onward.addItem(id, f.version(), f.pmBk, bkE);
        assertThat(onward.show(id).failures())
                .extracting(OnwardRules.Failure::key)
                .containsExactly("onward.rule.consecutiveYears");
    }

    @Test
    void aSubmittedProposalIsFrozenInTheServiceAndInTheDatabase() {
        OnwardFixture f = OnwardFixture.create(jdbc, 5, "20");
        f.as("admin");
        long id = onward.start(f.year);
        onward.addItem(id, f.version(), f.govFlag, f.flagA);
        onward.submit(id, f.version());
        long item = f.item(f.govFlag, f.flagA);

        assertThatThrownBy(() -> onward.editItem(id, item, f.version(), "Sửa sau khi trình"))
                .isInstanceOf(OnwardException.class);
        assertThatThrownBy(() -> onward.addItem(id, f.version(), f.pmBk, f.bkC)).isInstanceOf(OnwardException.class);
        assertThatThrownBy(() -> onward.saveSubmission(id, f.version(), "Nơi khác", "Nội dung khác"))
                .isInstanceOf(OnwardException.class);
        assertThatThrownBy(() -> jdbc.update("update award_onward_item set summary = 'x' where id = ?", item))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from award_onward_item where id = ?", item))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update award_onward_proposal set submission_body = 'x' where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update award_onward_proposal set status = 'DRAFT' where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() ->
                        jdbc.update("update award_onward_status_change set actor = 'x' where proposal_id = ?", id))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theCouncilReturnsTheProposalAndTheProvinceCorrectsAndSubmitsAgain() {
        OnwardFixture f = OnwardFixture.create(jdbc, 5, "20");
        f.as("admin");
        long id = onward.start(f.year);
        onward.addItem(id, f.version(), f.govFlag, f.flagA);
        onward.submit(id, f.version());
        long item = f.item(f.govFlag, f.flagA);

        f.as("trunguong");
        assertThatThrownBy(() -> onward.judge(id, item, f.version(), ReviewOutcome.REJECTED, " "))
                .isInstanceOf(OnwardException.class)
                .hasMessageContaining("onward.review.reasonRequired");
        onward.judge(id, item, f.version(), ReviewOutcome.REJECTED, "Thiếu số liệu thu ngân sách");
        assertThatThrownBy(() -> onward.returnForCorrection(id, f.version(), " "))
                .isInstanceOf(OnwardException.class);
        long before = f.notifications("admin");
        onward.returnForCorrection(id, f.version(), "Bổ sung số liệu thu ngân sách");
        assertThat(f.status()).isEqualTo("RETURNED");
        assertThat(f.notifications("admin")).isGreaterThan(before);

        f.as("admin");
        assertThat(onward.show(id).proposal().orElseThrow().getReturnComment())
                .isEqualTo("Bổ sung số liệu thu ngân sách");
        onward.editItem(id, item, f.version(), "Thu ngân sách vượt 20% dự toán");
        onward.submit(id, f.version());
        assertThat(f.status()).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select review_outcome from award_onward_item where id = ?", String.class, item))
                .isNull();
        assertThat(jdbc.queryForList(
                        "select to_status from award_onward_status_change where proposal_id = ? order by id",
                        String.class,
                        id))
                .containsExactly("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED");
    }

    @Test
    void theCouncilJudgesConcludesAndRecordsTheDecisionOnceGrantingTheNationalAwards() {
        OnwardFixture f = OnwardFixture.create(jdbc, 2, "100");
        f.as("admin");
        long id = onward.start(f.year);
        onward.addItem(id, f.version(), f.govFlag, f.flagA);
        onward.addItem(id, f.version(), f.pmBk, f.bkC);
        onward.submit(id, f.version());
        long itemA = f.item(f.govFlag, f.flagA);
        long itemC = f.item(f.pmBk, f.bkC);

        f.as("trunguong");
        onward.judge(id, itemA, f.version(), ReviewOutcome.ACCEPTED, null);
        assertThatThrownBy(() -> onward.conclude(id, f.version()))
                .isInstanceOf(OnwardException.class)
                .hasMessageContaining("onward.review.unjudged");
        assertThatThrownBy(() -> onward.decide(id, f.version(), header(f.tag + "/QĐ-TTg")))
                .isInstanceOf(OnwardException.class)
                .hasMessageContaining("onward.error.notReviewed");
        onward.judge(id, itemC, f.version(), ReviewOutcome.REJECTED, "Chưa đủ số năm");
        onward.conclude(id, f.version());
        assertThat(f.status()).isEqualTo("REVIEWED");
        assertThatThrownBy(() ->
                        jdbc.update("update award_onward_item set review_outcome = 'ACCEPTED' where id = ?", itemC))
                .isInstanceOf(DataAccessException.class);

        long before = f.notifications("admin");
        var decision = onward.decide(id, f.version(), header(f.tag + "/QĐ-TTg"));
        assertThat(decision.getOrganizerId()).isEqualTo(f.tw);
        assertThat(decision.getYear()).isEqualTo(f.year);
        assertThat(jdbc.queryForList(
                        "select unit_id from award_granted where decision_id = ? and award_type_id = ?",
                        Long.class,
                        decision.getId(),
                        f.govFlag))
                .containsExactly(f.unitA);
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_granted where decision_id = ?", Long.class, decision.getId()))
                .isEqualTo(1L);
        Long granted =
                jdbc.queryForObject("select granted_award_id from award_onward_item where id = ?", Long.class, itemA);
        assertThat(jdbc.queryForObject("select unit_id from award_granted where id = ?", Long.class, granted))
                .isEqualTo(f.unitA);
        assertThat(jdbc.queryForObject(
                        "select granted_award_id from award_onward_item where id = ?", Long.class, itemC))
                .isNull();
        assertThat(f.notifications("admin")).isGreaterThan(before);

        // Decided once: neither the service nor the database takes a second decision.
        assertThatThrownBy(() -> onward.decide(id, f.version(), header(f.tag + "/QĐ-TTg-2")))
                .isInstanceOf(OnwardException.class)
                .hasMessageContaining("onward.error.decided");
        long other = DecisionFixture.record(jdbc, f.tw, f.year).decisionId;
        assertThatThrownBy(
                        () -> jdbc.update("update award_onward_proposal set decision_id = ? where id = ?", other, id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(
                        () -> jdbc.update("update award_onward_item set granted_award_id = null where id = ?", itemA))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void onlyTheProvincesAdminDraftsOnlyTheCouncilReviewsAndAnotherProvinceSeesNothing() {
        OnwardFixture f = OnwardFixture.create(jdbc, 5, "20");
        f.as("thamdinh");
        assertThatThrownBy(() -> onward.start(f.year)).isInstanceOf(AccessDeniedException.class);
        f.as("trunguong");
        assertThatThrownBy(() -> onward.start(f.year)).isInstanceOf(AccessDeniedException.class);
        f.as("admin");
        long id = onward.start(f.year);
        onward.addItem(id, f.version(), f.govFlag, f.flagA);
        long item = f.item(f.govFlag, f.flagA);

        f.as("thamdinh");
        assertThat(onward.show(id).can().edit()).isFalse();
        assertThatThrownBy(() -> onward.addItem(id, f.version(), f.govFlag, f.flagB))
                .isInstanceOf(AccessDeniedException.class);
        f.as("trunguong");
        assertThatThrownBy(() -> onward.show(id)).isInstanceOf(AccessDeniedException.class);
        for (String outsider : List.of("kiengiang", "anphu")) {
            f.as(outsider);
            assertThatThrownBy(() -> onward.show(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> onward.removeItem(id, item, f.version()))
                    .isInstanceOf(AccessDeniedException.class);
        }

        f.as("admin");
        onward.submit(id, f.version());
        assertThatThrownBy(() -> onward.judge(id, item, f.version(), ReviewOutcome.ACCEPTED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onward.conclude(id, f.version())).isInstanceOf(AccessDeniedException.class);
        f.as("kiengiang");
        assertThatThrownBy(() -> onward.show(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onward.received(f.year)).isInstanceOf(AccessDeniedException.class);
        f.as("trunguong");
        assertThat(onward.show(id).can().judge()).isTrue();
        assertThat(onward.received(f.year))
                .extracting(OnwardService.Received::id)
                .containsExactly(id);
    }
}
