package vn.thidua.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.TextInput;

import java.time.Clock;
import java.time.Instant;

/** Counts failed sign-ins so that guessing passwords locks the account for a while. */
@Service
class LoginAttempts {

    private final UserAccountRepository users;
    private final Clock clock;

    LoginAttempts(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Recorded in a transaction of its own: the action that failed is rolled back, the count must stay. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        // A name no account can have (a NUL byte, a control character) has nothing to count against.
        if (username == null || !TextInput.isPlain(username, false)) {
            return;
        }
        Instant now = clock.instant();
        users.recordFailedLogin(username.trim(), UserAccount.MAX_FAILED_ATTEMPTS, now, now.plus(UserAccount.LOCK_DURATION));
    }

    @Transactional
    public void succeeded(String username) {
        users.recordSuccessfulLogin(username, clock.instant());
    }
}
