package vn.thidua.scoring;

import java.util.EnumSet;
import java.util.Set;

/** Where the scoring of a cluster-year stands. Each status knows which may follow it. */
public enum RoundStatus {
    NOT_OPEN,
    SELF_SCORING,
    REVIEW,
    FINALISED;

    public Set<RoundStatus> allowedNext() {
        return switch (this) {
            case NOT_OPEN -> EnumSet.of(SELF_SCORING);
            case SELF_SCORING -> EnumSet.of(REVIEW);
            case REVIEW -> EnumSet.of(FINALISED);
            case FINALISED -> EnumSet.noneOf(RoundStatus.class);
        };
    }

    public boolean canTransitionTo(RoundStatus next) {
        return allowedNext().contains(next);
    }

    public String messageKey() {
        return "scoring.roundStatus." + name();
    }
}
