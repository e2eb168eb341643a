package vn.thidua.organization.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.common.UploadLimit;
import vn.thidua.organization.internal.UnitImportService;

/**
 * Turns away an import upload that is too large before anything parses it: otherwise the server's own multipart
 * limit fails the request inside the security filters and the user gets a bare error page. The body is read and
 * discarded (up to a bound) so that the browser receives the answer, which leads back to the upload page with a
 * message. Runs before the security filters; the upload page itself still needs an administrator. A body sent in
 * chunks, whose size is known only once the server has read it, gets the same answer (as an {@link UploadLimit}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class UnitImportSizeFilter extends OncePerRequestFilter implements UploadLimit {

    static final String PATH = "/admin/units/import";
    /** Room for the multipart envelope and the other form fields around the file. */
    static final long ENVELOPE = 64 * 1024;

    static final long MAX_DISCARDED = 64L * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && appliesTo(path));
    }

    @Override
    public boolean appliesTo(String path) {
        return PATH.equals(path);
    }

    @Override
    public String tooLargeTarget() {
        return PATH + "?tooLarge";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= UnitImportService.MAX_FILE_BYTES + ENVELOPE) {
            chain.doFilter(request, response);
            return;
        }
        discard(request.getInputStream());
        response.sendRedirect(request.getContextPath() + tooLargeTarget());
    }

    private static void discard(ServletInputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while (read < MAX_DISCARDED && (n = body.read(buffer)) != -1) {
            read += n;
        }
    }
}
