package vn.thidua.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's password check, throttled (see {@link LoginAttempts}). Every refusal looks the same and takes
 * about as long, whether the name is unknown, the password wrong, or the account or address throttled: a throttled
 * attempt is refused before its password is checked, after the time a check would have taken. That an account is
 * disabled is only said once its password has proved right.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final PasswordEncoder encoder;
    private final LoginAttempts attempts;
    private volatile String decoyHash;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
        super(users);
        this.encoder = encoder;
        this.attempts = attempts;
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(user -> {});
        setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : ClientAddress.current();
        if (attempts.isThrottled(username, address)) {
            spendTheTimeOfAPasswordCheck(authentication.getCredentials());
            throw new SignInThrottledException();
        }
        try {
            return super.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            attempts.failed(username, address);
            throw wrong;
        }
    }

    private void spendTheTimeOfAPasswordCheck(Object credentials) {
        if (decoyHash == null) {
            decoyHash = encoder.encode("decoy password that no one has");
        }
        encoder.matches(credentials == null ? "" : credentials.toString(), decoyHash);
    }

    /** An attempt refused without its password being checked; answered like a wrong password. */
    static final class SignInThrottledException extends AuthenticationException {
        SignInThrottledException() {
            super("sign-in throttled");
        }
    }
}
