package vn.thidua.pledge;

/** A member signs for its unit; the head countersigns last, which completes the pledge. */
public enum SignatureRole {
    MEMBER,
    HEAD;

    public String messageKey() {
        return "pledge.signature.role." + name();
    }
}
