package vn.thidua.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.Set;

/**
 * Turns what a list page received into a safe page request: a sane page size, and sorting only by the columns the
 * page offers (an unknown one would otherwise fail the query).
 */
public final class PageRequests {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private PageRequests() {
    }

    public static Pageable safe(Pageable requested, Set<String> sortable, Sort fallback) {
        int size = requested.getPageSize() <= 0 ? DEFAULT_SIZE : Math.min(requested.getPageSize(), MAX_SIZE);
        int page = Math.max(requested.getPageNumber(), 0);
        Sort sort = Sort.by(requested.getSort().stream().filter(order -> sortable.contains(order.getProperty())).toList());
        return PageRequest.of(page, size, sort.isSorted() ? sort.and(fallback) : fallback);
    }
}
