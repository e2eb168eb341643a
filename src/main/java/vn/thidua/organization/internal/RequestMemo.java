package vn.thidua.organization.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What one page read of the organiser and its cluster-years, remembered for the rest of that request: the layout, the
 * access policy and the feature all ask for the same organiser and cluster-year, and each asks in a transaction of its
 * own. Only a request that reads (GET or HEAD) remembers; a request that changes things, and any work outside a web
 * request, always reads afresh. What is remembered is read only, never changed or saved.
 */
final class RequestMemo {

    /** An organiser by id ({@code Optional<Organizer>}). */
    static final String ORGANIZER = "organizer";
    /** A cluster-year with its cluster, members and their units, by id ({@code Optional<ClusterTerm>}). */
    static final String CLUSTER_YEAR = "clusterYear";

    private static final String ATTRIBUTE = RequestMemo.class.getName();

    private RequestMemo() {}

    /** The value of {@code kind} for {@code key}, read by {@code loader} the first time in this request. */
    @SuppressWarnings("unchecked")
    static <V> V get(String kind, Object key, Supplier<V> loader) {
        Map<String, Object> memo = memo();
        if (memo == null) {
            return loader.get();
        }
        String slot = kind + ':' + key;
        if (memo.containsKey(slot)) {
            return (V) memo.get(slot);
        }
        V value = loader.get();
        memo.put(slot, value);
        return value;
    }

    /** Remembers a value read along with something else (a cluster-year read among the unit's years). */
    static void put(String kind, Object key, Object value) {
        Map<String, Object> memo = memo();
        if (memo != null) {
            memo.put(kind + ':' + key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memo() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        Object memo = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<String, Object>();
            attributes.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, Object>) memo;
    }
}
