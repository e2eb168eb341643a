package vn.thidua.organization;

import java.util.EnumSet;
import java.util.Set;

/** Where a cluster-year stands in its yearly cycle. Each status knows which may follow it. */
public enum ClusterTermStatus {
    SET_UP,
    PLEDGE,
    SCORING,
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
            case PLEDGE -> EnumSet.of(SCORING);
            case SCORING -> EnumSet.of(VOTE);
            case VOTE -> EnumSet.of(PROPOSAL);
            case PROPOSAL -> EnumSet.of(DECIDED);
            case DECIDED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(ClusterTermStatus.class);
        };
    }

    /** Members, head and deputies may change only while the year is being set up or its pledge drafted. */
    public boolean allowsMembershipChanges() {
        return this == SET_UP || this == PLEDGE;
    }

    public boolean isReadOnly() {
        return this == CLOSED;
    }

    public String messageKey() {
        return "term.status." + name();
    }
}
