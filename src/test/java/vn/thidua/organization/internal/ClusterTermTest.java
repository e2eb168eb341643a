package vn.thidua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thidua.organization.ClusterKind;
import vn.thidua.organization.ClusterTermStatus;
import vn.thidua.organization.UnitLevel;

/** The rules a cluster-year keeps by itself, without a database. */
class ClusterTermTest {

    private static final long ORGANIZER = 1L;

    private final Cluster cluster = new Cluster(ORGANIZER, "C1", "Cụm thử", ClusterKind.CLUSTER, null);
    private long nextId = 100;

    private Unit unit(String code) {
        Unit unit = new Unit(ORGANIZER, code, "Đơn vị " + code, code, UnitLevel.COMMUNE);
        ReflectionTestUtils.setField(unit, "id", nextId++);
        return unit;
    }

    private ClusterTerm termWith(Unit... members) {
        ClusterTerm term = new ClusterTerm(cluster, 2021);
        for (Unit member : members) {
            term.addMember(member);
        }
        return term;
    }

    private static void assertRefused(Runnable change, String messageKey) {
        assertThatThrownBy(change::run)
                .isInstanceOf(OrganizationException.class)
                .extracting(e -> ((OrganizationException) e).getMessageKey())
                .isEqualTo(messageKey);
    }

    @Test
    void headMustBeAMember() {
        Unit a = unit("A");
        Unit outsider = unit("X");
        ClusterTerm term = termWith(a);
        assertRefused(() -> term.appointLeaders(outsider.getId(), List.of()), "term.head.notMember");
        assertThat(term.head()).isEmpty();
    }

    @Test
    void deputiesMustBeOtherMembers() {
        Unit a = unit("A");
        Unit b = unit("B");
        Unit outsider = unit("X");
        ClusterTerm term = termWith(a, b);
        assertRefused(() -> term.appointLeaders(a.getId(), List.of(a.getId())), "term.deputy.isHead");
        assertRefused(() -> term.appointLeaders(a.getId(), List.of(outsider.getId())), "term.deputy.notMember");
    }

    @Test
    void atMostTwoDeputies() {
        Unit a = unit("A");
        Unit b = unit("B");
        Unit c = unit("C");
        Unit d = unit("D");
        ClusterTerm term = termWith(a, b, c, d);
        assertRefused(
                () -> term.appointLeaders(a.getId(), List.of(b.getId(), c.getId(), d.getId())), "term.deputy.tooMany");

        term.appointLeaders(a.getId(), List.of(b.getId(), c.getId()));
        assertThat(term.head()).contains(a);
        assertThat(term.deputies()).containsExactlyInAnyOrder(b, c);
    }

    @Test
    void appointingANewHeadHandsTheRoleOver() {
        Unit a = unit("A");
        Unit b = unit("B");
        ClusterTerm term = termWith(a, b);
        term.appointLeaders(a.getId(), List.of(b.getId()));
        term.appointLeaders(b.getId(), List.of());
        assertThat(term.head()).contains(b);
        assertThat(term.deputies()).isEmpty();
        assertThat(term.getMembers()).filteredOn(ClusterMember::isHead).hasSize(1);
    }

    @Test
    void retiredUnitCannotJoin() {
        Unit retired = unit("R");
        retired.retire(LocalDate.of(2025, 7, 1), "sáp nhập");
        ClusterTerm term = termWith();
        assertRefused(() -> term.addMember(retired), "term.member.retired");
        assertThat(term.getMembers()).isEmpty();
    }

    @Test
    void aUnitJoinsAYearOnlyOnce() {
        Unit a = unit("A");
        ClusterTerm term = termWith(a);
        assertRefused(() -> term.addMember(a), "term.member.duplicate");
        assertThat(term.memberCount()).isEqualTo(1);
    }

    @Test
    void unitOfAnotherOrganiserCannotJoin() {
        Unit foreign = new Unit(2L, "F", "Đơn vị tỉnh khác", "F", UnitLevel.DISTRICT);
        ReflectionTestUtils.setField(foreign, "id", 999L);
        ClusterTerm term = termWith();
        assertRefused(() -> term.addMember(foreign), "unit.parent.otherOrganizer");
    }

    @Test
    void removingANonMemberIsRefused() {
        Unit a = unit("A");
        Unit outsider = unit("X");
        ClusterTerm term = termWith(a);
        assertRefused(() -> term.removeMember(outsider.getId()), "term.member.notMember");
        term.removeMember(a.getId());
        assertThat(term.getMembers()).isEmpty();
    }

    @Test
    void membershipIsOpenWhileSettingUpAndFrozenOnceThePledgeIsOpened() {
        Unit a = unit("A");
        Unit b = unit("B");
        Unit c = unit("C");
        ClusterTerm term = termWith(a);
        term.addMember(b);
        term.appointLeaders(b.getId(), List.of(a.getId()));
        assertThat(term.head()).contains(b);
        term.advanceTo(ClusterTermStatus.PLEDGE);
        assertThat(term.allowsMembershipChanges()).isFalse();
        assertRefused(() -> term.addMember(c), "term.locked.pledge");
        assertRefused(() -> term.removeMember(a.getId()), "term.locked.pledge");
        assertRefused(() -> term.appointLeaders(a.getId(), List.of()), "term.locked.pledge");
        assertThat(term.head()).contains(b);
        // Withdrawing the pledge returns the year to its set-up.
        assertThat(term.returnToSetUp()).isTrue();
        term.addMember(c);
        assertThat(term.memberCount()).isEqualTo(3);
    }

    @Test
    void theYearMovesOnThroughItsStepsAndNeverBack() {
        ClusterTerm term = termWith();
        assertThat(term.moveOnTo(ClusterTermStatus.SCORING)).isTrue();
        assertThat(term.getStatus()).isEqualTo(ClusterTermStatus.SCORING);
        assertThat(term.moveOnTo(ClusterTermStatus.PLEDGED)).isFalse();
        assertThat(term.returnToSetUp()).isFalse();
        assertThat(term.getStatus()).isEqualTo(ClusterTermStatus.SCORING);
        assertRefused(term::close, "term.close.notDone");
        assertThat(term.moveOnTo(ClusterTermStatus.RESULTS)).isTrue();
        term.close();
        assertThat(term.isReadOnly()).isTrue();
        assertThat(term.moveOnTo(ClusterTermStatus.VOTE)).isFalse();
        assertRefused(term::close, "term.close.already");
        term.reopen();
        assertThat(term.getStatus()).isEqualTo(ClusterTermStatus.RESULTS);
        assertRefused(term::reopen, "term.reopen.notClosed");
    }

    @Test
    void lockedYearRefusesMembershipChanges() {
        Unit a = unit("A");
        Unit b = unit("B");
        ClusterTerm term = termWith(a);
        term.advanceTo(ClusterTermStatus.PLEDGE);
        term.advanceTo(ClusterTermStatus.SCORING);
        assertThat(term.allowsMembershipChanges()).isFalse();
        assertRefused(() -> term.addMember(b), "term.locked");
        assertRefused(() -> term.removeMember(a.getId()), "term.locked");
        assertRefused(() -> term.appointLeaders(a.getId(), List.of()), "term.locked");
        assertThat(term.getMembers()).extracting(ClusterMember::getUnit).containsExactly(a);
    }

    @Test
    void closedYearIsReadOnly() {
        Unit a = unit("A");
        Unit b = unit("B");
        ClusterTerm term = termWith(a, b);
        for (ClusterTermStatus next : List.of(
                ClusterTermStatus.PLEDGE,
                ClusterTermStatus.SCORING,
                ClusterTermStatus.RESULTS,
                ClusterTermStatus.VOTE,
                ClusterTermStatus.PROPOSAL,
                ClusterTermStatus.DECIDED,
                ClusterTermStatus.CLOSED)) {
            term.advanceTo(next);
        }
        assertThat(term.isReadOnly()).isTrue();
        assertRefused(() -> term.appointLeaders(a.getId(), List.of()), "term.locked");
        assertRefused(() -> term.addMember(unit("C")), "term.locked");
        assertRefused(() -> term.advanceTo(ClusterTermStatus.SET_UP), "term.status.invalidTransition");
    }

    @Test
    void statusMovesOneStepAtATime() {
        ClusterTerm term = termWith();
        assertRefused(() -> term.advanceTo(ClusterTermStatus.SCORING), "term.status.invalidTransition");
        assertThat(term.getStatus()).isEqualTo(ClusterTermStatus.SET_UP);
    }

    @Test
    void yearOutsideTheSupportedRangeIsRefused() {
        assertRefused(() -> new ClusterTerm(cluster, 1999), "organization.workingYear.invalid");
        assertRefused(() -> new ClusterTerm(cluster, 2101), "organization.workingYear.invalid");
    }

    @Test
    void rotationProposesTheFirstDeputy() {
        Unit a = unit("A");
        Unit b = unit("B");
        Unit c = unit("C");
        ClusterTerm term = termWith(a, b, c);
        term.appointLeaders(a.getId(), List.of(c.getId()));
        assertThat(term.proposedNextHead()).contains(c);
    }

    @Test
    void theHeadElectedByTheVoteComesBeforeTheRotation() {
        Unit a = unit("A");
        Unit b = unit("B");
        Unit c = unit("C");
        ClusterTerm term = termWith(a, b, c);
        term.appointLeaders(a.getId(), List.of(c.getId()));
        term.recordElectedNextHead(b.getId());
        assertThat(term.proposedNextHead()).contains(b);
    }

    @Test
    void theDeputiesElectedByTheVoteAreProposedWhileTheyAreActiveMembers() {
        Unit a = unit("A");
        Unit b = unit("B");
        Unit c = unit("C");
        Unit d = unit("D");
        ClusterTerm term = termWith(a, b, c, d);
        assertThat(term.proposedNextDeputies()).isEmpty();
        term.recordElectedNextDeputies(List.of(d.getId(), c.getId(), 999_999L));
        assertThat(term.proposedNextDeputies()).containsExactly(c, d);
    }

    @Test
    void withoutDeputyRotationProposesTheNextMemberByCode() {
        Unit c = unit("C");
        Unit a = unit("A");
        Unit b = unit("B");
        ClusterTerm term = termWith(c, a, b);
        term.appointLeaders(a.getId(), List.of());
        assertThat(term.proposedNextHead()).contains(b);
    }

    @Test
    void rotationWrapsAroundFromTheLastCode() {
        Unit a = unit("A");
        Unit b = unit("B");
        Unit c = unit("C");
        ClusterTerm term = termWith(a, b, c);
        term.appointLeaders(c.getId(), List.of());
        assertThat(term.proposedNextHead()).contains(a);
    }

    @Test
    void rotationSkipsRetiredUnits() {
        Unit a = unit("A");
        Unit b = unit("B");
        Unit c = unit("C");
        ClusterTerm term = termWith(a, b, c);
        term.appointLeaders(a.getId(), List.of(b.getId()));
        b.retire(LocalDate.of(2025, 7, 1), "sáp nhập");
        assertThat(term.proposedNextHead()).contains(c);
    }

    @Test
    void rotationProposesNobodyForAnEmptyYear() {
        assertThat(termWith().proposedNextHead()).isEmpty();
    }

    @Test
    void nextYearCarriesActiveMembersWithoutRolesAndLeavesThisYearAlone() {
        Unit a = unit("A");
        Unit b = unit("B");
        Unit c = unit("C");
        ClusterTerm term = termWith(a, b, c);
        term.appointLeaders(a.getId(), List.of(b.getId()));
        c.retire(LocalDate.of(2025, 7, 1), "sáp nhập");

        ClusterTerm next = term.startNextYear();

        assertThat(next.getYear()).isEqualTo(2022);
        assertThat(next.getCluster()).isSameAs(cluster);
        assertThat(next.getStatus()).isEqualTo(ClusterTermStatus.SET_UP);
        assertThat(next.getMembers()).extracting(ClusterMember::getUnit).containsExactlyInAnyOrder(a, b);
        assertThat(next.head()).isEmpty();
        assertThat(next.deputies()).isEmpty();
        assertThat(term.memberCount()).isEqualTo(3);
        assertThat(term.head()).contains(a);
        assertThat(term.deputies()).containsExactly(b);
        assertThat(Set.copyOf(term.getMembers())).doesNotContainAnyElementsOf(next.getMembers());
    }
}
