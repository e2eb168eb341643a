package vn.thidua.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;

/**
 * Checks on every request that the signed-in person's account still allows what their session was given: a disabled
 * account, a changed role, organiser or unit, or a password reset since they signed in ends the session at once (they
 * sign in again and get their new rights). A person who must replace a temporary password is sent to do so first.
 * One query by primary key per page; static files are skipped.
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = AccountService.SESSION_SIGNED_IN_AT;
    static final String PASSWORD_PAGE = "/account/password";

    private static final Set<String> STATIC_PREFIXES = Set.of("/webjars/", "/css/", "/js/", "/img/");
    private static final Set<String> OPEN_DURING_PASSWORD_CHANGE = Set.of(PASSWORD_PAGE, "/logout", "/login", "/error");

    private final UserAccountRepository users;

    AccountStateFilter(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/favicon.ico") || STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> signedIn = CurrentUsers.find();
        if (signedIn.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser user = signedIn.get();
        HttpSession session = request.getSession(false);
        Instant signedInAt = session == null ? null : (Instant) session.getAttribute(SIGNED_IN_AT);
        Optional<AccountState> state = users.findState(user.id());
        Optional<AccountState.SessionEnd> end = state.isEmpty()
                ? Optional.of(AccountState.SessionEnd.DISABLED)
                : state.get().endFor(user, signedInAt);
        if (end.isPresent()) {
            SecurityContextHolder.clearContext();
            if (session != null) {
                session.invalidate();
            }
            redirect(request, response, "/login?error=" + end.get().loginError());
            return;
        }
        if (state.get().passwordChangeRequired() && !OPEN_DURING_PASSWORD_CHANGE.contains(path(request))) {
            redirect(request, response, PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        String url = request.getContextPath() + target;
        if (request.getHeader("HX-Request") != null) {
            // htmx would swap the page it is redirected to into a fragment; ask it to navigate instead.
            response.setHeader("HX-Redirect", url);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(url);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
