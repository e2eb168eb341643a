package vn.thidua.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUser;

import java.time.Clock;

/**
 * Re-authentication before an act that must be the person's own (signing a pledge): the signed-in user types their
 * password again and it is checked against the stored hash. The session never holds the hash, so it is read anew.
 */
@Service
public class PasswordConfirmation {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    PasswordConfirmation(UserAccountRepository users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Whether {@code rawPassword} is the user's current password and their account may still act. */
    @Transactional(readOnly = true)
    public boolean confirms(CurrentUser user, String rawPassword) {
        if (rawPassword == null || rawPassword.isEmpty()) {
            return false;
        }
        return users.findById(user.id())
                .filter(UserAccount::isEnabled)
                .filter(account -> !account.isLockedAt(clock.instant()))
                .map(account -> encoder.matches(rawPassword, account.getPasswordHash()))
                .orElse(false);
    }
}
