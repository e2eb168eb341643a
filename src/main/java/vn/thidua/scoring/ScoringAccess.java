package vn.thidua.scoring;

import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;

/** Who may read a round, see a sheet and review it: scoring's rules, built on the one access policy. */
@Component
class ScoringAccess {

    private final AccessPolicy policy;

    ScoringAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /** Staff of the round's organiser, or an officer of a unit that may read the round's cluster-year. */
    boolean readsRound(CurrentUser user, ScoringRound round) {
        long organizer = round.getTable().getOrganizerId();
        if (user.organizerId() != organizer) {
            return false;
        }
        if (policy.isStaffOf(user, organizer)) {
            return true;
        }
        return user.unitId() != null && policy.canRead(user, round.getClusterYearId());
    }

    /** Whether the person may see this sheet; see {@link #canSee(CurrentUser, ScoreSheet, BooleanSupplier, BooleanSupplier)}. */
    boolean canSee(CurrentUser user, ScoreSheet sheet) {
        long termId = sheet.getRound().getClusterYearId();
        return canSee(user, sheet, () -> policy.isHeadOf(user, termId), () -> policy.canRead(user, termId));
    }

    /**
     * Who may see a sheet as it stands, its values, notes and evidence: its own unit always; the organiser's staff;
     * the cluster's head this year once it is submitted (a draft is the unit's own business); the other members once
     * the round is final, and then only a sheet that was submitted. The one rule for the sheet's page, its export, its
     * evidence and its lines in the round's export. {@code head} and {@code member} say whether the person heads or
     * may read the cluster-year; they are asked only when needed (a page listing many sheets asks them once).
     */
    boolean canSee(CurrentUser user, ScoreSheet sheet, BooleanSupplier head, BooleanSupplier member) {
        long organizer = sheet.getRound().getTable().getOrganizerId();
        if (user.organizerId() != organizer) {
            return false;
        }
        if (policy.isStaffOf(user, organizer) || policy.actsFor(user, sheet.getUnitId())) {
            return true;
        }
        if (!sheet.isSubmittedOrLater()) {
            return false;
        }
        return head.getAsBoolean() || sheet.getRound().isFinalised() && member.getAsBoolean();
    }

    /**
     * The sheet's reviewer: the head or an administrator of the cluster-year ({@link AccessPolicy#isHeadOrAdminOf}),
     * never for their own unit's sheet.
     */
    boolean canReview(CurrentUser user, ScoreSheet sheet) {
        return policy.isHeadOrAdminOf(user, sheet.getRound().getClusterYearId())
                && !policy.actsFor(user, sheet.getUnitId());
    }
}
