package vn.thidua.pledge;

/**
 * Whether an answer still stands: valid, superseded by a later answer of the same unit, or void because the
 * pledge was withdrawn. Answers are never deleted.
 */
public enum SignatureStatus {
    VALID,
    SUPERSEDED,
    VOID;

    public boolean canTransitionTo(SignatureStatus next) {
        return this == VALID && (next == SUPERSEDED || next == VOID);
    }

    public String messageKey() {
        return "pledge.signature.status." + name();
    }
}
