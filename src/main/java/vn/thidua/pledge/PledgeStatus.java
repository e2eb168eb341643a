package vn.thidua.pledge;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a pledge stands: drafted, open for signing (text frozen), completed (countersigned by the head).
 * Withdrawing an open pledge voids its signatures and returns it to a draft.
 */
public enum PledgeStatus {
    DRAFT,
    OPEN,
    COMPLETED,
    WITHDRAWN;

    public boolean canTransitionTo(PledgeStatus next) {
        return allowedNext().contains(next);
    }

    public Set<PledgeStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(COMPLETED, WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(DRAFT);
            case COMPLETED -> EnumSet.noneOf(PledgeStatus.class);
        };
    }

    /** Whether the text is frozen: what the signers see may not change any more. */
    public boolean isFrozen() {
        return this == OPEN || this == COMPLETED;
    }

    public String messageKey() {
        return "pledge.status." + name();
    }
}
