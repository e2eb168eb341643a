package vn.thidua.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.common.Flash;
import vn.thidua.common.UploadLimit;

/**
 * Turns away any upload larger than the server accepts before anything parses it. Otherwise the server's multipart
 * limit fails the request inside the security filters and the person gets a bare English error page. The body is
 * read and discarded (up to a bound) so that the browser receives the answer: back to the page the form was on, with
 * a message saying how large a file may be. A body sent in chunks, without a length, is found too large only while the
 * server reads it: that failure gets the same answer, or, for a page with a smaller limit of its own (an
 * {@link UploadLimit}), leads back to that page with its own message and limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class UploadSizeFilter extends OncePerRequestFilter {

    private static final long MAX_DISCARDED = 256L * 1024 * 1024;
    /** What Tomcat throws, inside its own exceptions, when a multipart body goes over a limit. */
    private static final String CONTAINER_SIZE_EXCEPTION = "org.apache.tomcat.util.http.fileupload.impl.SizeException";

    private final long maxRequestBytes;
    private final long maxFileMegabytes;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();
    private final ObjectProvider<UploadLimit> pageLimits;

    UploadSizeFilter(
            @Value("${spring.servlet.multipart.max-request-size:12MB}") DataSize maxRequest,
            @Value("${thidua.upload.max-file-size:10MB}") DataSize maxFile,
            ObjectProvider<UploadLimit> pageLimits) {
        this.maxRequestBytes = maxRequest.toBytes();
        this.maxFileMegabytes = maxFile.toMegabytes();
        this.pageLimits = pageLimits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod())
                || contentType == null
                || !contentType.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            discard(request.getInputStream());
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            // A body sent in chunks has no length to check beforehand: the server finds it too large while reading.
            if (!tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            try {
                discard(request.getInputStream());
            } catch (IOException | IllegalStateException unreadable) {
                // The server has given up on the body already; the answer still reaches the browser.
            }
            refuse(request, response);
        }
    }

    /** Leads back to the form with a message, whatever was sent: the page's own, when it has a limit of its own. */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var own = pageLimits
                .orderedStream()
                .filter(limit -> limit.appliesTo(path))
                .findFirst();
        if (own.isPresent()) {
            response.sendRedirect(request.getContextPath() + own.get().tooLargeTarget());
            return;
        }
        String target = sameSiteReferer(request);
        FlashMap flash = new FlashMap();
        flash.put(Flash.ATTRIBUTE, new Flash("danger", "upload.tooLarge", new Object[] {maxFileMegabytes}));
        flash.setTargetRequestPath(URI.create(target).getPath());
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(target);
    }

    /** The page the form was on, when it is one of ours; otherwise the home page. */
    private static String sameSiteReferer(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return home;
        }
        try {
            var uri = UriComponentsBuilder.fromUriString(referer).build();
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return home;
            }
            String path = uri.getPath();
            if (path == null || !path.startsWith(home)) {
                return home;
            }
            return uri.getQuery() == null ? path : path + "?" + uri.getQuery();
        } catch (IllegalArgumentException e) {
            return home;
        }
    }

    /** The server's multipart limit, as Spring or the servlet container report it. */
    static boolean tooLarge(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException) {
                return true;
            }
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (CONTAINER_SIZE_EXCEPTION.equals(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void discard(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while (read < MAX_DISCARDED && (n = body.read(buffer)) != -1) {
            read += n;
        }
    }
}
