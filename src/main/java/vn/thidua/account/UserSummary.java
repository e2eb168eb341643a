package vn.thidua.account;

import java.time.Instant;
import vn.thidua.access.Role;

/** One line of the users list: the account with its unit's name, read in the same query. */
public record UserSummary(
        long id,
        String username,
        String fullName,
        String email,
        Role role,
        String unitName,
        boolean enabled,
        Instant lockedUntil,
        Instant lastLoginAt) {

    public AccountStatus statusAt(Instant at) {
        return AccountStatus.of(enabled, lockedUntil, at);
    }
}
