package vn.thidua.organization.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.util.WebUtils;
import vn.thidua.organization.internal.UnitImportRow;

/**
 * Uploaded rows waiting for the user's confirmation, kept in the session under a random token: the confirmation
 * posts only the token, and the rows are checked again before anything is saved. A session keeps the last few.
 */
final class PendingImports {

    static final String ATTRIBUTE = PendingImports.class.getName();
    static final int KEPT = 3;

    record Upload(long organizerId, String fileName, List<UnitImportRow> rows) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    private PendingImports() {}

    static String put(HttpSession session, Upload upload) {
        synchronized (WebUtils.getSessionMutex(session)) {
            LinkedHashMap<String, Upload> uploads = uploads(session);
            String token = UUID.randomUUID().toString();
            uploads.put(token, upload);
            while (uploads.size() > KEPT) {
                uploads.remove(uploads.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, uploads);
            return token;
        }
    }

    static Optional<Upload> get(HttpSession session, String token, long organizerId) {
        synchronized (WebUtils.getSessionMutex(session)) {
            return Optional.ofNullable(uploads(session).get(token))
                    .filter(upload -> upload.organizerId() == organizerId);
        }
    }

    static void remove(HttpSession session, String token) {
        synchronized (WebUtils.getSessionMutex(session)) {
            LinkedHashMap<String, Upload> uploads = uploads(session);
            uploads.remove(token);
            session.setAttribute(ATTRIBUTE, uploads);
        }
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Upload> uploads(HttpSession session) {
        Object stored = session.getAttribute(ATTRIBUTE);
        return stored instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, Upload>) map : new LinkedHashMap<>();
    }
}
