package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Each rule of the access policy, with hand-made people and cluster-years; a missing scope always denies. */
class AccessPolicyTest {

    static final long ORGANIZER = 1;
    static final long OTHER_ORGANIZER = 2;
    static final long THIS_YEAR = 100;
    static final long LAST_YEAR = 101;
    static final long OTHER_ORGANIZERS_YEAR = 200;
    static final long UNKNOWN_YEAR = 999;
    static final long HEAD_UNIT = 10;
    static final long DEPUTY_UNIT = 11;
    static final long MEMBER_UNIT = 12;
    static final long OUTSIDE_UNIT = 13;

    /** Who stands where in each cluster-year: this year's and last year's of organiser 1, and one of organiser 2. */
    static final Map<Long, Map<Long, ClusterRole>> PLACES = Map.of(
            THIS_YEAR,
                    Map.of(
                            HEAD_UNIT,
                            ClusterRole.HEAD,
                            DEPUTY_UNIT,
                            ClusterRole.DEPUTY,
                            MEMBER_UNIT,
                            ClusterRole.MEMBER),
            LAST_YEAR, Map.of(HEAD_UNIT, ClusterRole.HEAD, MEMBER_UNIT, ClusterRole.MEMBER),
            OTHER_ORGANIZERS_YEAR, Map.of(HEAD_UNIT, ClusterRole.HEAD));

    static final ClusterRoles ROLES = (unitId, termId) -> {
        Map<Long, ClusterRole> members = PLACES.get(termId);
        if (members == null) {
            return Optional.empty();
        }
        long organizer = termId == OTHER_ORGANIZERS_YEAR ? OTHER_ORGANIZER : ORGANIZER;
        ClusterRole role = unitId == null ? ClusterRole.NONE : members.getOrDefault(unitId, ClusterRole.NONE);
        return Optional.of(new ClusterPlace(organizer, termId != LAST_YEAR, role));
    };

    final AccessPolicy policy = new AccessPolicy(ROLES);

    final CurrentUser admin = user(1, Role.PROVINCE_ADMIN, ORGANIZER, null);
    final CurrentUser otherAdmin = user(2, Role.PROVINCE_ADMIN, OTHER_ORGANIZER, null);
    final CurrentUser reviewer = user(3, Role.PROVINCE_REVIEWER, ORGANIZER, null);
    final CurrentUser viewer = user(4, Role.VIEWER, ORGANIZER, null);
    final CurrentUser head = user(5, Role.CLUSTER_HEAD, ORGANIZER, HEAD_UNIT);
    final CurrentUser deputy = user(6, Role.UNIT_OFFICER, ORGANIZER, DEPUTY_UNIT);
    final CurrentUser member = user(7, Role.UNIT_OFFICER, ORGANIZER, MEMBER_UNIT);
    final CurrentUser outsider = user(8, Role.UNIT_OFFICER, ORGANIZER, OUTSIDE_UNIT);
    final CurrentUser unitless = user(9, Role.CLUSTER_HEAD, ORGANIZER, null);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdministratorIsAdministratorOfTheirOwnOrganiserOnly() {
        assertThat(policy.isAdminOf(admin, ORGANIZER)).isTrue();
        assertThat(policy.isAdminOf(admin, OTHER_ORGANIZER)).isFalse();
        assertThat(policy.isAdminOf(reviewer, ORGANIZER)).isFalse();
        assertThat(policy.isAdminOf(head, ORGANIZER)).isFalse();
        assertThat(policy.isAdminOf(null, ORGANIZER)).isFalse();

        signIn(admin);
        assertThat(policy.requireAdmin()).isEqualTo(admin);
        assertThat(policy.requireAdminOf(ORGANIZER)).isEqualTo(admin);
        assertThat(policy.isAdmin()).isTrue();
        assertThatThrownBy(() -> policy.requireAdminOf(OTHER_ORGANIZER)).isInstanceOf(AccessDeniedException.class);

        signIn(reviewer);
        assertThat(policy.isAdmin()).isFalse();
        assertThatThrownBy(policy::requireAdmin).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffAreTheAdministratorsAndReviewersOfTheOrganiser() {
        assertThat(policy.isStaffOf(admin, ORGANIZER)).isTrue();
        assertThat(policy.isStaffOf(reviewer, ORGANIZER)).isTrue();
        assertThat(policy.isStaffOf(reviewer, OTHER_ORGANIZER)).isFalse();
        assertThat(policy.isStaffOf(viewer, ORGANIZER)).isFalse();
        assertThat(policy.isStaffOf(head, ORGANIZER)).isFalse();

        signIn(reviewer);
        assertThat(policy.requireStaff()).isEqualTo(reviewer);
        assertThat(policy.isStaffOf(ORGANIZER)).isTrue();
        assertThatThrownBy(() -> policy.requireStaffOf(OTHER_ORGANIZER)).isInstanceOf(AccessDeniedException.class);

        signIn(member);
        assertThatThrownBy(policy::requireStaff).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerActsForTheirOwnUnitOnly() {
        assertThat(policy.actsFor(member, MEMBER_UNIT)).isTrue();
        assertThat(policy.actsFor(member, HEAD_UNIT)).isFalse();
        assertThat(policy.actsFor(member, null)).isFalse();
        assertThat(policy.actsFor(unitless, null)).isFalse();
        assertThat(policy.actsFor(user(10, Role.VIEWER, ORGANIZER, MEMBER_UNIT), MEMBER_UNIT))
                .isFalse();
    }

    @Test
    void theHeadIsTheHeadUnitsOfficerInTheWorkingYearOfTheirOwnOrganiser() {
        assertThat(policy.isHeadOf(head, THIS_YEAR)).isTrue();
        assertThat(policy.isHeadOf(head, LAST_YEAR)).isFalse();
        assertThat(policy.isHeadOf(head, OTHER_ORGANIZERS_YEAR)).isFalse();
        assertThat(policy.isHeadOf(head, UNKNOWN_YEAR)).isFalse();
        assertThat(policy.isHeadOf(deputy, THIS_YEAR)).isFalse();
        assertThat(policy.isHeadOf(admin, THIS_YEAR)).isFalse();
        assertThat(policy.isHeadOf(unitless, THIS_YEAR)).isFalse();
    }

    @Test
    void theDeputyIsTheDeputyUnitsOfficerInTheWorkingYear() {
        assertThat(policy.isDeputyOf(deputy, THIS_YEAR)).isTrue();
        assertThat(policy.isDeputyOf(head, THIS_YEAR)).isFalse();
        assertThat(policy.isDeputyOf(deputy, UNKNOWN_YEAR)).isFalse();
    }

    @Test
    void aMemberIsListedInTheYearInAnyPlaceAndAnyYear() {
        assertThat(policy.isMemberOf(member, THIS_YEAR)).isTrue();
        assertThat(policy.isMemberOf(member, LAST_YEAR)).isTrue();
        assertThat(policy.isMemberOf(head, THIS_YEAR)).isTrue();
        assertThat(policy.isMemberOf(deputy, LAST_YEAR)).isFalse();
        assertThat(policy.isMemberOf(outsider, THIS_YEAR)).isFalse();
        assertThat(policy.isMemberOf(head, OTHER_ORGANIZERS_YEAR)).isFalse();
        assertThat(policy.isMemberOf(member, UNKNOWN_YEAR)).isFalse();
        assertThat(policy.isMemberOf(unitless, THIS_YEAR)).isFalse();
        assertThat(policy.isMemberOf(admin, THIS_YEAR)).isFalse();
    }

    @Test
    void headOrAdministratorIsTheCurrentHeadOrAnAdministratorOfTheYearsOrganiser() {
        assertThat(policy.isHeadOrAdminOf(head, THIS_YEAR)).isTrue();
        assertThat(policy.isHeadOrAdminOf(admin, THIS_YEAR)).isTrue();
        assertThat(policy.isHeadOrAdminOf(admin, LAST_YEAR)).isTrue();
        assertThat(policy.isHeadOrAdminOf(head, LAST_YEAR)).isFalse();
        assertThat(policy.isHeadOrAdminOf(admin, OTHER_ORGANIZERS_YEAR)).isFalse();
        assertThat(policy.isHeadOrAdminOf(otherAdmin, THIS_YEAR)).isFalse();
        assertThat(policy.isHeadOrAdminOf(otherAdmin, OTHER_ORGANIZERS_YEAR)).isTrue();
        assertThat(policy.isHeadOrAdminOf(reviewer, THIS_YEAR)).isFalse();
        assertThat(policy.isHeadOrAdminOf(deputy, THIS_YEAR)).isFalse();
        assertThat(policy.isHeadOrAdminOf(admin, UNKNOWN_YEAR)).isFalse();

        signIn(head);
        assertThat(policy.requireHeadOrAdminOf(THIS_YEAR)).isEqualTo(head);
        signIn(member);
        assertThatThrownBy(() -> policy.requireHeadOrAdminOf(THIS_YEAR)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffViewersAndMembersReadTheYear() {
        assertThat(policy.canRead(reviewer, THIS_YEAR)).isTrue();
        assertThat(policy.canRead(viewer, LAST_YEAR)).isTrue();
        assertThat(policy.canRead(member, LAST_YEAR)).isTrue();
        assertThat(policy.canRead(outsider, THIS_YEAR)).isFalse();
        assertThat(policy.canRead(reviewer, OTHER_ORGANIZERS_YEAR)).isFalse();
        assertThat(policy.canRead(reviewer, UNKNOWN_YEAR)).isFalse();
        assertThat(policy.canRead(unitless, THIS_YEAR)).isFalse();
    }

    @Test
    void noOneSignedInIsDeniedEverything() {
        assertThat(policy.isAdmin()).isFalse();
        assertThat(policy.isAdminOf(ORGANIZER)).isFalse();
        assertThat(policy.isStaffOf(ORGANIZER)).isFalse();
        assertThat(policy.actsFor(MEMBER_UNIT)).isFalse();
        assertThat(policy.isHeadOf(THIS_YEAR)).isFalse();
        assertThat(policy.isMemberOf(THIS_YEAR)).isFalse();
        assertThat(policy.isHeadOrAdminOf(THIS_YEAR)).isFalse();
        assertThat(policy.canRead(THIS_YEAR)).isFalse();
        assertThatThrownBy(policy::requireAdmin).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(policy::requireStaff).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> policy.requireHeadOrAdminOf(THIS_YEAR)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSignedInPersonIsAskedForFromAnnotations() {
        signIn(head);
        assertThat(policy.isHeadOf(THIS_YEAR)).isTrue();
        assertThat(policy.isMemberOf(THIS_YEAR)).isTrue();
        assertThat(policy.actsFor(HEAD_UNIT)).isTrue();
        assertThat(policy.isHeadOrAdminOf(THIS_YEAR)).isTrue();
        assertThat(policy.canRead(THIS_YEAR)).isTrue();
        assertThat(policy.isHeadOf(LAST_YEAR)).isFalse();
    }

    private static CurrentUser user(long id, Role role, long organizer, Long unit) {
        return new CurrentUser(id, "user" + id, null, "User " + id, role, organizer, unit, true, false);
    }

    private static void signIn(CurrentUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
