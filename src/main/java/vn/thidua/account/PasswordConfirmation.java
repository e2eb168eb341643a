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
    private final LoginAttempts attempts;

    PasswordConfirmation(UserAccountRepository users, PasswordEncoder encoder, Clock clock, LoginAttempts attempts) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.attempts = attempts;
    }

    /**
     * Whether {@code rawPassword} is the user's current password and their account may still act. A wrong password
     * counts as a failed sign-in, so that guessing here locks the account just as guessing at the sign-in form does.
     */
    @Transactional(readOnly = true)
    public boolean confirms(CurrentUser user, String rawPassword) {
        if (rawPassword == null || rawPassword.isEmpty()) {
            return false;
        }
        UserAccount account = users.findById(user.id()).orElse(null);
        if (account == null || !account.isEnabled() || account.isLockedAt(clock.instant())) {
            return false;
        }
        if (encoder.matches(rawPassword, account.getPasswordHash())) {
            return true;
        }
        attempts.failed(account.getUsername());
        return false;
    }
}
