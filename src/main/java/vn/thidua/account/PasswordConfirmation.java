package vn.thidua.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUser;

/**
 * Re-authentication before an act that must be the person's own (signing a pledge, changing their password): the
 * signed-in user types their password again and it is checked against the stored hash. The session never holds the
 * hash, so it is read anew. It is throttled like the sign-in form ({@link LoginAttempts}).
 */
@Service
public class PasswordConfirmation {

    /** What a confirmation came to. */
    public enum Outcome {
        /** The password is the person's current one. */
        CONFIRMED,
        /** The password is wrong (or empty); a wrong one was counted as a failed sign-in. */
        WRONG,
        /** Refused before the password was checked: the account is disabled, or it or the address is throttled. */
        REFUSED
    }

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final LoginAttempts attempts;

    PasswordConfirmation(UserAccountRepository users, PasswordEncoder encoder, LoginAttempts attempts) {
        this.users = users;
        this.encoder = encoder;
        this.attempts = attempts;
    }

    /** Whether {@code rawPassword} is the user's current password and their account may still act. */
    @Transactional(readOnly = true)
    public boolean confirms(CurrentUser user, String rawPassword) {
        return check(user, rawPassword) == Outcome.CONFIRMED;
    }

    /**
     * Checks {@code rawPassword} against the user's current password. A throttled account or address is refused
     * before the password is checked; a wrong password counts as a failed sign-in, so that guessing here throttles
     * the account just as guessing at the sign-in form does.
     */
    @Transactional(readOnly = true)
    public Outcome check(CurrentUser user, String rawPassword) {
        if (rawPassword == null || rawPassword.isEmpty()) {
            return Outcome.WRONG;
        }
        UserAccount account = users.findById(user.id()).orElse(null);
        if (account == null || !account.isEnabled()) {
            return Outcome.REFUSED;
        }
        String address = ClientAddress.current();
        if (attempts.isThrottled(account.getUsername(), address)) {
            return Outcome.REFUSED;
        }
        if (encoder.matches(rawPassword, account.getPasswordHash())) {
            return Outcome.CONFIRMED;
        }
        attempts.failed(account.getUsername(), address);
        return Outcome.WRONG;
    }
}
