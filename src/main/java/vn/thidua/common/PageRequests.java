package vn.thidua.common;

import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns what a list page received into a safe page request: a sane page size, a page number whose offset the database
 * can take, and sorting only by the columns the page offers (an unknown one would otherwise fail the query).
 */
public final class PageRequests {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any list of the application, and small enough that page × size stays a valid row offset. */
    public static final int MAX_PAGE = 100_000;

    private PageRequests() {}

    public static Pageable safe(Pageable requested, Set<String> sortable, Sort fallback) {
        int size = requested.getPageSize() <= 0 ? DEFAULT_SIZE : Math.min(requested.getPageSize(), MAX_SIZE);
        Sort sort = Sort.by(requested.getSort().stream()
                .filter(order -> sortable.contains(order.getProperty()))
                .toList());
        return PageRequest.of(page(requested.getPageNumber()), size, sort.isSorted() ? sort.and(fallback) : fallback);
    }

    /** A page number from an address: never negative, never past {@link #MAX_PAGE}. */
    public static int page(int requested) {
        return Math.min(Math.max(requested, 0), MAX_PAGE);
    }

    /**
     * Runs the query for the requested page; a page past the end (an old link, an edited address) gives the last page
     * instead of an empty list.
     */
    public static <T> Page<T> within(Pageable request, Function<Pageable, Page<T>> query) {
        Page<T> page = query.apply(request);
        if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
            int last = Math.max(page.getTotalPages() - 1, 0);
            return query.apply(PageRequest.of(last, request.getPageSize(), request.getSort()));
        }
        return page;
    }
}
