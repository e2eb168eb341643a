package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.organization.ClusterKind;
import vn.thidua.organization.ClusterTermStatus;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.organization.MemberRole;

/** The pledge's own rules, without a database. */
class PledgeDomainTest {

    static final LocalDate TODAY = LocalDate.of(2021, 3, 1);
    static final Instant NOW = Instant.parse("2021-03-01T02:00:00Z");

    ClusterYear term;
    ClusterYearMember head;
    ClusterYearMember first;
    ClusterYearMember second;
    Actor headOfficer = new Actor(1, "Cụm trưởng");
    Actor firstOfficer = new Actor(2, "Thành viên một");
    Actor secondOfficer = new Actor(3, "Thành viên hai");

    @BeforeEach
    void cluster() {
        head = new ClusterYearMember(10, "H", "Huyện Trưởng", "Huyện Trưởng", MemberRole.HEAD);
        first = new ClusterYearMember(11, "A", "Huyện A", "Huyện A", MemberRole.MEMBER);
        second = new ClusterYearMember(12, "B", "Huyện B", "Huyện B", MemberRole.MEMBER);
        term = year(ClusterTermStatus.SET_UP);
    }

    /** The cluster-year as organisation gives it: a record with its members, in a given status. */
    ClusterYear year(ClusterTermStatus status) {
        return new ClusterYear(
                new ClusterYearSummary(70L, 7L, "C", "Cụm thi đua", ClusterKind.CLUSTER, 7L, 2021, status),
                List.of(head, first, second));
    }

    PledgeContent content(String title, List<TargetDraft> targets) {
        return new PledgeContent(title, "Nơi ký", "Mở đầu", "Mục tiêu", targets, "Cam kết");
    }

    List<TargetDraft> oneTarget() {
        return List.of(
                TargetDraft.common(PledgeField.ECONOMY_SOCIETY, "Thu ngân sách", "% dự toán", new BigDecimal("100")));
    }

    Pledge openPledge() {
        Pledge pledge = Pledge.draft(term, content("Giao ước 2021", oneTarget()), "code", headOfficer, NOW);
        pledge.open(term, LocalDate.of(2021, 3, 31), TODAY, headOfficer, NOW);
        return pledge;
    }

    @Test
    void openingFreezesTheTextAndItsHash() {
        Pledge pledge = openPledge();
        assertThat(pledge.getStatus()).isEqualTo(PledgeStatus.OPEN);
        assertThat(pledge.getTextHash())
                .matches("[0-9a-f]{64}")
                .isEqualTo(CanonicalText.sha256(pledge.getCanonicalText()));
        assertThat(pledge.getCanonicalText()).contains("title=Giao ước 2021").contains("target.1.value=100");
        assertThatThrownBy(() -> pledge.revise(term, content("Khác", oneTarget()), NOW))
                .isInstanceOf(PledgeException.class)
                .hasMessageContaining("pledge.frozen");
    }

    @Test
    void openingNeedsTargetsAndADeadlineThatIsNotPast() {
        Pledge empty = Pledge.draft(term, content("Trống", List.of()), "code", headOfficer, NOW);
        assertThatThrownBy(() -> empty.open(term, LocalDate.of(2021, 3, 31), TODAY, headOfficer, NOW))
                .hasMessageContaining("pledge.targets.required");
        Pledge pledge = Pledge.draft(term, content("Giao ước", oneTarget()), "code", headOfficer, NOW);
        assertThatThrownBy(() -> pledge.open(term, TODAY.minusDays(1), TODAY, headOfficer, NOW))
                .hasMessageContaining("pledge.deadline.past");
        assertThatThrownBy(() -> pledge.open(term, null, TODAY, headOfficer, NOW))
                .hasMessageContaining("pledge.deadline.required");
        pledge.open(term, TODAY, TODAY, headOfficer, NOW);
        assertThat(pledge.getStatus()).isEqualTo(PledgeStatus.OPEN);
    }

    @Test
    void onlyMembersSignAndEachUnitOnlyOnce() {
        Pledge pledge = openPledge();
        String hash = pledge.getTextHash();
        assertThatThrownBy(() -> pledge.sign(term, 99, firstOfficer, hash, "1.1.1.1", NOW))
                .hasMessageContaining("pledge.sign.notMember");
        PledgeSignature signature = pledge.sign(term, first.unitId(), firstOfficer, hash, "10.0.0.1", NOW);
        assertThat(signature.getSignerName()).isEqualTo("Thành viên một");
        assertThat(signature.getUnitName()).isEqualTo("Huyện A");
        assertThat(signature.getIpAddress()).isEqualTo("10.0.0.1");
        assertThat(signature.getTextHash()).isEqualTo(hash);
        assertThatThrownBy(() -> pledge.sign(term, first.unitId(), firstOfficer, hash, "10.0.0.1", NOW))
                .hasMessageContaining("pledge.sign.already");
        assertThatThrownBy(() -> pledge.decline(term, first.unitId(), firstOfficer, "Đổi ý", hash, "10.0.0.1", NOW))
                .hasMessageContaining("pledge.sign.already");
    }

    @Test
    void aSignatureIsOverTheTextTheSignerSaw() {
        Pledge pledge = openPledge();
        assertThatThrownBy(() -> pledge.sign(term, first.unitId(), firstOfficer, "0".repeat(64), null, NOW))
                .hasMessageContaining("pledge.sign.textChanged");
    }

    @Test
    void theHeadCountersignsLastWhichCompletesThePledge() {
        Pledge pledge = openPledge();
        String hash = pledge.getTextHash();
        assertThatThrownBy(() -> pledge.sign(term, head.unitId(), headOfficer, hash, null, NOW))
                .hasMessageContaining("pledge.sign.headCountersigns");
        pledge.sign(term, first.unitId(), firstOfficer, hash, null, NOW);
        assertThatThrownBy(() -> pledge.countersign(term, headOfficer, hash, null, NOW))
                .hasMessageContaining("pledge.countersign.membersPending");
        pledge.sign(term, second.unitId(), secondOfficer, hash, null, NOW);
        PledgeSignature countersignature = pledge.countersign(term, headOfficer, hash, null, NOW.plusSeconds(60));
        assertThat(countersignature.getRole()).isEqualTo(SignatureRole.HEAD);
        assertThat(pledge.getStatus()).isEqualTo(PledgeStatus.COMPLETED);
        assertThat(pledge.getCompletedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(pledge.validSignatures()).last().isSameAs(countersignature);
        assertThatThrownBy(() -> pledge.withdraw(term, "Sửa", headOfficer, NOW))
                .hasMessageContaining("pledge.status.invalidTransition");
        assertThatThrownBy(() -> pledge.revise(term, content("Khác", oneTarget()), NOW))
                .hasMessageContaining("pledge.frozen");
    }

    @Test
    void aDeclineCanLaterBecomeASignatureAndIsKept() {
        Pledge pledge = openPledge();
        String hash = pledge.getTextHash();
        assertThatThrownBy(() -> pledge.decline(term, first.unitId(), firstOfficer, " ", hash, null, NOW))
                .hasMessageContaining("pledge.decline.reasonRequired");
        PledgeSignature decline =
                pledge.decline(term, first.unitId(), firstOfficer, "Chờ ý kiến lãnh đạo", hash, null, NOW);
        assertThat(pledge.hasSigned(first.unitId())).isFalse();
        pledge.sign(term, first.unitId(), firstOfficer, hash, null, NOW.plusSeconds(5));
        assertThat(pledge.hasSigned(first.unitId())).isTrue();
        assertThat(decline.getStatus()).isEqualTo(SignatureStatus.SUPERSEDED);
        assertThat(pledge.getSignatures()).hasSize(2);
    }

    @Test
    void withdrawingVoidsEverySignatureKeepsThemAndReturnsToDraft() {
        Pledge pledge = openPledge();
        String hash = pledge.getTextHash();
        pledge.sign(term, first.unitId(), firstOfficer, hash, null, NOW);
        assertThatThrownBy(() -> pledge.withdraw(term, "", headOfficer, NOW))
                .hasMessageContaining("pledge.withdraw.reasonRequired");
        List<PledgeSignature> voided = pledge.withdraw(term, "Sửa chỉ tiêu", headOfficer, NOW);
        assertThat(voided)
                .hasSize(1)
                .allMatch(s -> s.getStatus() == SignatureStatus.VOID && "Sửa chỉ tiêu".equals(s.getVoidReason()));
        assertThat(pledge.getStatus()).isEqualTo(PledgeStatus.DRAFT);
        assertThat(pledge.getTextHash()).isNull();
        assertThat(pledge.getSignatures()).hasSize(1);
        assertThat(pledge.getHistory())
                .extracting(PledgeStatusChange::status)
                .containsExactly(PledgeStatus.DRAFT, PledgeStatus.OPEN, PledgeStatus.WITHDRAWN, PledgeStatus.DRAFT);
        pledge.revise(term, content("Giao ước sửa", oneTarget()), NOW);
        pledge.open(term, LocalDate.of(2021, 3, 31), TODAY, headOfficer, NOW);
        assertThat(pledge.hasSigned(first.unitId())).isFalse();
        assertThatThrownBy(() -> pledge.sign(term, first.unitId(), firstOfficer, hash, null, NOW))
                .hasMessageContaining("pledge.sign.textChanged");
    }

    @Test
    void aClosedYearsPledgeIsReadOnly() {
        Pledge pledge = openPledge();
        term = year(ClusterTermStatus.CLOSED);
        String hash = pledge.getTextHash();
        assertThatThrownBy(() -> pledge.sign(term, first.unitId(), firstOfficer, hash, null, NOW))
                .hasMessageContaining("pledge.term.closed");
        assertThatThrownBy(() -> pledge.withdraw(term, "x", headOfficer, NOW))
                .hasMessageContaining("pledge.term.closed");
        assertThatThrownBy(() -> pledge.countersign(term, headOfficer, hash, null, NOW))
                .hasMessageContaining("pledge.term.closed");
        assertThatThrownBy(() -> Pledge.draft(term, content("Mới", oneTarget()), "c2", headOfficer, NOW))
                .hasMessageContaining("pledge.term.closed");
    }

    @Test
    void eachActionIsGivenThePledgesOwnClusterYear() {
        Pledge pledge = openPledge();
        ClusterYear another = new ClusterYear(
                new ClusterYearSummary(
                        71L, 7L, "C", "Cụm thi đua", ClusterKind.CLUSTER, 7L, 2021, ClusterTermStatus.PLEDGE),
                List.of(head, first, second));
        String hash = pledge.getTextHash();
        assertThatThrownBy(() -> pledge.sign(another, first.unitId(), firstOfficer, hash, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pledge.withdraw(another, "Sửa", headOfficer, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pledge.memberUnits(another)).isInstanceOf(IllegalArgumentException.class);
        assertThat(pledge.getClusterYearId()).isEqualTo(term.id());
        assertThat(pledge.memberUnits(term)).containsExactly(first, second);
    }

    @Test
    void aTargetIsCommonOrPerMemberNotBoth() {
        TargetDraft both = new TargetDraft(
                PledgeField.ECONOMY_SOCIETY,
                "Xã nông thôn mới",
                "xã",
                BigDecimal.ONE,
                Map.of(first.unitId(), BigDecimal.ONE));
        assertThatThrownBy(() -> Pledge.draft(term, content("G", List.of(both)), "c", headOfficer, NOW))
                .hasMessageContaining("pledge.target.bothValues");
        TargetDraft outsider = new TargetDraft(
                PledgeField.ECONOMY_SOCIETY, "Xã nông thôn mới", "xã", null, Map.of(99L, BigDecimal.ONE));
        assertThatThrownBy(() -> Pledge.draft(term, content("G", List.of(outsider)), "c", headOfficer, NOW))
                .hasMessageContaining("pledge.target.notMember");
        TargetDraft perMember = new TargetDraft(
                PledgeField.ECONOMY_SOCIETY,
                "Xã nông thôn mới",
                "xã",
                null,
                Map.of(first.unitId(), new BigDecimal("2"), second.unitId(), new BigDecimal("1")));
        Pledge pledge = Pledge.draft(term, content("G", List.of(perMember)), "c", headOfficer, NOW);
        PledgeTarget target = pledge.getTargets().get(0);
        assertThat(target.valueFor(first.unitId())).contains(new BigDecimal("2"));
        assertThat(target.valueFor(head.unitId())).isEmpty();
    }

    @Test
    void theCanonicalTextIsDeterministicAndChangesWithEveryField() {
        Pledge one = Pledge.draft(term, content("Giao ước", oneTarget()), "code", headOfficer, NOW);
        Pledge same = Pledge.draft(
                term,
                content(
                        "Giao ước",
                        List.of(TargetDraft.common(
                                PledgeField.ECONOMY_SOCIETY,
                                "Thu ngân sách",
                                "% dự toán",
                                new BigDecimal("100.0000")))),
                "code",
                headOfficer,
                NOW.plusSeconds(99));
        assertThat(CanonicalText.of(one, 2021)).isEqualTo(CanonicalText.of(same, 2021));
        Pledge otherName = Pledge.draft(
                term,
                content(
                        "Giao ước",
                        List.of(TargetDraft.common(
                                PledgeField.ECONOMY_SOCIETY, "Thu ngân sách.", "% dự toán", new BigDecimal("100")))),
                "code",
                headOfficer,
                NOW);
        Pledge otherValue = Pledge.draft(
                term,
                content(
                        "Giao ước",
                        List.of(TargetDraft.common(
                                PledgeField.ECONOMY_SOCIETY, "Thu ngân sách", "% dự toán", new BigDecimal("100.5")))),
                "code",
                headOfficer,
                NOW);
        Pledge otherField = Pledge.draft(
                term,
                content(
                        "Giao ước",
                        List.of(TargetDraft.common(
                                PledgeField.EMULATION_WORK, "Thu ngân sách", "% dự toán", new BigDecimal("100")))),
                "code",
                headOfficer,
                NOW);
        Pledge multiLine = Pledge.draft(
                term,
                new PledgeContent("Giao ước", "Nơi ký", "Mở đầu\nhai dòng", "Mục tiêu", oneTarget(), "Cam kết"),
                "code",
                headOfficer,
                NOW);
        assertThat(List.of(otherName, otherValue, otherField, multiLine))
                .extracting(p -> CanonicalText.of(p, 2021))
                .doesNotContain(CanonicalText.of(one, 2021))
                .doesNotHaveDuplicates();
        assertThat(CanonicalText.of(multiLine, 2021)).contains("preamble=Mở đầu\\nhai dòng\n");
    }
}
