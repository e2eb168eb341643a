package vn.thidua.account;

import java.time.Instant;
import vn.thidua.access.Role;

/** One account as the users list reads it from this module's table: its unit by id. */
record UserRow(
        long id,
        String username,
        String fullName,
        String email,
        Role role,
        Long unitId,
        boolean enabled,
        Instant lockedUntil,
        Instant lastLoginAt) {

    UserSummary withUnitName(String unitName) {
        return new UserSummary(id, username, fullName, email, role, unitName, enabled, lockedUntil, lastLoginAt);
    }
}
