package vn.thidua.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a cluster-year stands in its yearly cycle. The year moves on when something happens in a feature (the pledge
 * is opened or completed, scoring opens, results are published), never by hand; an administrator only closes a year
 * whose cycle is done, or reopens it. Each status knows which may follow it.
 */
public enum ClusterTermStatus {
    /** Members, head and deputies are being chosen; the pledge may be drafted. */
    SET_UP,
    /** The pledge is open for signing: members, head and deputies are frozen. */
    PLEDGE,
    /** The pledge is completed (countersigned by the head). */
    PLEDGED,
    SCORING,
    /** Scoring is finalised and its results published. */
    RESULTS,
    VOTE,
    PROPOSAL,
    DECIDED,
    CLOSED;

    public boolean canTransitionTo(ClusterTermStatus next) {
        return allowedNext().contains(next);
    }

    public Set<ClusterTermStatus> allowedNext() {
        return switch (this) {
            case SET_UP -> EnumSet.of(PLEDGE);
            // Withdrawing the open pledge returns the year to its set-up; scoring may open before the pledge completes.
            case PLEDGE -> EnumSet.of(SET_UP, PLEDGED, SCORING);
            case PLEDGED -> EnumSet.of(SCORING);
            case SCORING -> EnumSet.of(RESULTS);
            case RESULTS -> EnumSet.of(VOTE, CLOSED);
            case VOTE -> EnumSet.of(PROPOSAL, CLOSED);
            case PROPOSAL -> EnumSet.of(DECIDED, CLOSED);
            case DECIDED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(ClusterTermStatus.class);
        };
    }

    /** Members, head and deputies may change only while the year is being set up: before its pledge is opened. */
    public boolean allowsMembershipChanges() {
        return this == SET_UP;
    }

    /** Frozen because the pledge is open for signing: withdrawing it unfreezes the year. */
    public boolean isFrozenByPledge() {
        return this == PLEDGE;
    }

    /** Whether an administrator may close the year: its cycle is done once its results are published. */
    public boolean canClose() {
        return canTransitionTo(CLOSED);
    }

    public boolean isReadOnly() {
        return this == CLOSED;
    }

    public String messageKey() {
        return "term.status." + name();
    }
}
