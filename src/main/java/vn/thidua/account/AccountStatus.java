package vn.thidua.account;

import java.time.Instant;

/** Whether a person can sign in now: active, locked for a while after failed sign-ins, or disabled by an administrator. */
public enum AccountStatus {
    ACTIVE,
    LOCKED,
    DISABLED;

    static AccountStatus of(boolean enabled, Instant lockedUntil, Instant at) {
        if (!enabled) {
            return DISABLED;
        }
        return lockedUntil != null && lockedUntil.isAfter(at) ? LOCKED : ACTIVE;
    }

    public String messageKey() {
        return "user.status." + name();
    }
}
