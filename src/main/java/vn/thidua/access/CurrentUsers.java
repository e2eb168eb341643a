package vn.thidua.access;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in person from the security context. */
public final class CurrentUsers {

    private CurrentUsers() {}

    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The name the audit trail records: the signed-in user, or {@code system} for work done at start-up. */
    public static String actorName() {
        return find().map(CurrentUser::getUsername).orElse("system");
    }
}
