package vn.thidua.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.Role;

/** The stored facts that a signed-in session depends on. */
record AccountState(
        boolean enabled,
        Role role,
        Long organizerId,
        Long unitId,
        Instant passwordChangedAt,
        boolean passwordChangeRequired) {

    /**
     * Why a session that began at {@code signedInAt} (unknown: {@code null}) may not go on, or empty when it may:
     * the account was disabled, its role, organiser or unit changed, or its password was changed elsewhere.
     */
    Optional<SessionEnd> endFor(CurrentUser user, Instant signedInAt) {
        if (!enabled) {
            return Optional.of(SessionEnd.DISABLED);
        }
        if (role != user.role()
                || !Objects.equals(organizerId, user.organizerId())
                || !Objects.equals(unitId, user.unitId())) {
            return Optional.of(SessionEnd.CHANGED);
        }
        if (signedInAt != null && passwordChangedAt != null && passwordChangedAt.isAfter(signedInAt)) {
            return Optional.of(SessionEnd.CHANGED);
        }
        return Optional.empty();
    }

    enum SessionEnd {
        DISABLED("disabled"),
        CHANGED("changed");

        private final String loginError;

        SessionEnd(String loginError) {
            this.loginError = loginError;
        }

        String loginError() {
            return loginError;
        }
    }
}
