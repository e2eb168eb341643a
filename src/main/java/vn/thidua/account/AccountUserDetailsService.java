package vn.thidua.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.TextInput;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // A name no account can have (a NUL byte, a control character) is not looked up: the database would refuse it.
        if (username == null || !TextInput.isPlain(username, false)) {
            throw new UsernameNotFoundException("no such user");
        }
        return users.findByUsername(username.trim())
                .map(user -> user.toCurrentUser(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
