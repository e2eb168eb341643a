package vn.thidua.pledge;

/** A member's answer to an open pledge. A decline can later be followed by a signature. */
public enum SignatureAnswer {
    SIGNED,
    DECLINED;

    public String messageKey() {
        return "pledge.signature.answer." + name();
    }
}
