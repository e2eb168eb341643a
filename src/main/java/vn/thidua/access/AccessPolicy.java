package vn.thidua.access;

import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place where access is decided. Every feature asks here, from its services or from
 * {@code @PreAuthorize("@policy.…")}; no feature writes its own role check. Each rule is one method, and a missing
 * scope (no one signed in, a person without a unit, an unknown cluster-year) means deny.
 * <ul>
 *     <li>administrator of an organiser: the role {@link Role#PROVINCE_ADMIN} within that organiser;</li>
 *     <li>staff of an organiser: an administrator or a reviewer within that organiser;</li>
 *     <li>officer of a unit: a unit-bound role ({@link Role#isUnitBound()}) whose unit is that unit;</li>
 *     <li>head, deputy of a cluster-year: the person's unit holds that place in the cluster-year, and the cluster-year
 *     is its organiser's working year — the rights follow the yearly rotation, never a flag on the person;</li>
 *     <li>member of a cluster-year: the person's unit is listed in it, in any place and any year;</li>
 *     <li>reader of a cluster-year: staff or a viewer of its organiser, or a member.</li>
 * </ul>
 */
@Component("policy")
public class AccessPolicy {

    private final ClusterRoles clusterRoles;

    public AccessPolicy(ClusterRoles clusterRoles) {
        this.clusterRoles = clusterRoles;
    }

    // ----- organiser-wide roles -----

    /** Whether the person is an administrator of this organiser. */
    public boolean isAdminOf(CurrentUser user, long organizerId) {
        return user != null && user.is(Role.PROVINCE_ADMIN) && user.organizerId() == organizerId;
    }

    /** Whether the signed-in person is an administrator of this organiser. */
    public boolean isAdminOf(long organizerId) {
        return signedIn(user -> isAdminOf(user, organizerId));
    }

    /** The signed-in administrator, acting within their own organiser; anyone else is refused. */
    public CurrentUser requireAdmin() {
        return requireAdminOf(CurrentUsers.require().organizerId());
    }

    /** The signed-in person, when they are an administrator of this organiser; anyone else is refused. */
    public CurrentUser requireAdminOf(long organizerId) {
        CurrentUser user = CurrentUsers.require();
        return allow(user, isAdminOf(user, organizerId), "administrators only");
    }

    /** Whether the signed-in person is an administrator of their own organiser. */
    public boolean isAdmin() {
        return signedIn(user -> isAdminOf(user, user.organizerId()));
    }

    /** Whether the person is staff (an administrator or a reviewer) of this organiser: they read all it owns. */
    public boolean isStaffOf(CurrentUser user, long organizerId) {
        return user != null && user.role().isProvinceStaff() && user.organizerId() == organizerId;
    }

    /** Whether the signed-in person is staff of this organiser. */
    public boolean isStaffOf(long organizerId) {
        return signedIn(user -> isStaffOf(user, organizerId));
    }

    /** The signed-in staff member, acting within their own organiser; anyone else is refused. */
    public CurrentUser requireStaff() {
        return requireStaffOf(CurrentUsers.require().organizerId());
    }

    /** The signed-in person, when they are staff of this organiser; anyone else is refused. */
    public CurrentUser requireStaffOf(long organizerId) {
        CurrentUser user = CurrentUsers.require();
        return allow(user, isStaffOf(user, organizerId), "provincial staff only");
    }

    // ----- units -----

    /** Whether the person is an officer of this unit (acts for it). A missing unit on either side denies. */
    public boolean actsFor(CurrentUser user, Long unitId) {
        return unitBound(user) && user.unitId().equals(unitId);
    }

    /** Whether the signed-in person is an officer of this unit. */
    public boolean actsFor(Long unitId) {
        return signedIn(user -> actsFor(user, unitId));
    }

    // ----- cluster-years -----

    /** Whether the person's unit heads this cluster-year of their own organiser, and it is the working year. */
    public boolean isHeadOf(CurrentUser user, long termId) {
        return unitBound(user)
                && clusterRoles
                        .roleOf(user.unitId(), termId)
                        .filter(place -> holdsInWorkingYear(user, place, ClusterRole.HEAD))
                        .isPresent();
    }

    /** Whether the signed-in person heads this cluster-year. */
    public boolean isHeadOf(long termId) {
        return signedIn(user -> isHeadOf(user, termId));
    }

    /** Whether the person's unit is the deputy of this cluster-year of their own organiser, in the working year. */
    public boolean isDeputyOf(CurrentUser user, long termId) {
        return unitBound(user)
                && clusterRoles
                        .roleOf(user.unitId(), termId)
                        .filter(place -> holdsInWorkingYear(user, place, ClusterRole.DEPUTY))
                        .isPresent();
    }

    /** Whether the person's unit is listed in this cluster-year of their own organiser (any place, any year). */
    public boolean isMemberOf(CurrentUser user, long termId) {
        return unitBound(user)
                && clusterRoles
                        .roleOf(user.unitId(), termId)
                        .filter(place -> place.organizerId() == user.organizerId() && place.role() != ClusterRole.NONE)
                        .isPresent();
    }

    /** Whether the signed-in person's unit is listed in this cluster-year. */
    public boolean isMemberOf(long termId) {
        return signedIn(user -> isMemberOf(user, termId));
    }

    /**
     * "Head or administrator" has one meaning: the current head of this cluster-year (its unit heads it and it is the
     * working year), or an administrator of the organiser that owns the cluster-year. An unknown cluster-year denies.
     */
    public boolean isHeadOrAdminOf(CurrentUser user, long termId) {
        if (user == null) {
            return false;
        }
        return clusterRoles
                .roleOf(user.unitId(), termId)
                .filter(place ->
                        isAdminOf(user, place.organizerId()) || holdsInWorkingYear(user, place, ClusterRole.HEAD))
                .isPresent();
    }

    /** Whether the signed-in person is the head or an administrator of this cluster-year. */
    public boolean isHeadOrAdminOf(long termId) {
        return signedIn(user -> isHeadOrAdminOf(user, termId));
    }

    /** The signed-in person, when they are the head or an administrator of this cluster-year; anyone else is refused. */
    public CurrentUser requireHeadOrAdminOf(long termId) {
        CurrentUser user = CurrentUsers.require();
        return allow(user, isHeadOrAdminOf(user, termId), "only the head of the working year or an administrator");
    }

    /** Whether the person may read this cluster-year: staff or a viewer of its organiser, or a member. */
    public boolean canRead(CurrentUser user, long termId) {
        if (user == null) {
            return false;
        }
        if (user.role().isProvinceStaff() || user.is(Role.VIEWER)) {
            return clusterRoles
                    .roleOf(null, termId)
                    .filter(p -> p.organizerId() == user.organizerId())
                    .isPresent();
        }
        return isMemberOf(user, termId);
    }

    /** Whether the signed-in person may read this cluster-year. */
    public boolean canRead(long termId) {
        return signedIn(user -> canRead(user, termId));
    }

    /** A person with a unit to act for; anyone else holds no place in a cluster. */
    private static boolean unitBound(CurrentUser user) {
        return user != null && user.role().isUnitBound() && user.unitId() != null;
    }

    /** The person's unit holds this place in a cluster-year of their own organiser, and it is the working year. */
    private static boolean holdsInWorkingYear(CurrentUser user, ClusterPlace place, ClusterRole role) {
        return unitBound(user)
                && place.organizerId() == user.organizerId()
                && place.workingYear()
                && place.role() == role;
    }

    /** The person, when the rule allows them; otherwise the refusal. */
    private static CurrentUser allow(CurrentUser user, boolean allowed, String refusal) {
        if (!allowed) {
            throw new AccessDeniedException(refusal);
        }
        return user;
    }

    private static boolean signedIn(Predicate<CurrentUser> rule) {
        return CurrentUsers.find().map(rule::test).orElse(false);
    }
}
