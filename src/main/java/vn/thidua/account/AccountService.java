package vn.thidua.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.DomainException;

/** What every signed-in person does with their own account. */
@Service
public class AccountService {

    /**
     * The session attribute holding when this session signed in or last changed its own password (an {@link Instant}):
     * a password changed after it, elsewhere, ends the session.
     */
    public static final String SESSION_SIGNED_IN_AT = "vn.thidua.account.signedInAt";

    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final PasswordEncoder passwordEncoder;
    private final PasswordConfirmation confirmation;
    private final Clock clock;

    AccountService(
            UserAccountRepository users,
            AuditTrail audit,
            PasswordEncoder passwordEncoder,
            PasswordConfirmation confirmation,
            Clock clock) {
        this.users = users;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.confirmation = confirmation;
        this.clock = clock;
    }

    /** Whether the signed-in person still has to replace a password an administrator set. */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return me().isPasswordChangeRequired();
    }

    /**
     * Replaces the signed-in person's password once they have proved the current one. Returns when it changed, so
     * that the session in which they did it can go on while their other sessions end.
     * <p>
     * The current password is checked first, like a sign-in: a wrong one is counted as a failed sign-in, and a
     * throttled account is refused before it is checked. Only then is the new one compared with it, so that no
     * message about the new password tells whether a guessed current one was right.
     */
    @Transactional
    public Instant changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = me();
        switch (confirmation.check(CurrentUsers.require(), currentPassword)) {
            case WRONG -> throw new DomainException("password.current.wrong");
            case REFUSED -> throw new DomainException("password.current.throttled");
            case CONFIRMED -> {}
        }
        PasswordPolicy.check(newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new DomainException("password.new.sameAsCurrent");
        }
        // Stored to the microsecond, like the database keeps it, so that this session is not taken for an older one.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        user.changePasswordHash(passwordEncoder.encode(newPassword), now);
        users.flush();
        audit.record(AuditEntry.of(
                user.getOrganizerId(),
                AccountAuditAction.PASSWORD_CHANGED,
                UserAdministration.ENTITY,
                user.getId(),
                user.getUsername() + " (" + user.getFullName() + ")"));
        return now;
    }

    private UserAccount me() {
        CurrentUser current = CurrentUsers.require();
        return users.findById(current.id()).orElseThrow(() -> new AccessDeniedException("account no longer exists"));
    }
}
