package vn.thidua.award.decision;

/** Why a later decision takes an award back: withdrawn (thu hồi), or replaced by a corrected award. */
public enum RevocationKind {
    REVOKED,
    AMENDED;

    public String messageKey() {
        return "decision.revocation." + name();
    }
}
