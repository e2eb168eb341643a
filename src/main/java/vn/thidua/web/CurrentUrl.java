package vn.thidua.web;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The current page's address, for links that change one parameter and keep the others: pagination, sortable
 * column headers, filters. Available in every template as {@code url}.
 */
public final class CurrentUrl {

    private final String path;
    private final MultiValueMap<String, String> params;

    CurrentUrl(String path, MultiValueMap<String, String> params) {
        this.path = path;
        this.params = params;
    }

    /** This page with {@code name} set to {@code value}; any change but the page number returns to the first page. */
    public String with(String name, Object value) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
        if (!"page".equals(name)) {
            copy.remove("page");
        }
        copy.remove(name);
        if (value != null) {
            copy.add(name, value.toString());
        }
        return UriComponentsBuilder.fromPath(path)
                .queryParams(copy)
                .encode()
                .build()
                .toUriString();
    }

    public String page(int pageNumber) {
        return with("page", pageNumber);
    }

    /** Sorting by {@code property}: ascending first, descending when already sorted ascending by it. */
    public String sortBy(String property) {
        return with("sort", property + "," + (isSortedBy(property, Sort.Direction.ASC) ? "desc" : "asc"));
    }

    /** ▲ or ▼ when the list is sorted by {@code property}, otherwise empty. */
    public String sortIndicator(String property) {
        if (isSortedBy(property, Sort.Direction.ASC)) {
            return "▲";
        }
        return isSortedBy(property, Sort.Direction.DESC) ? "▼" : "";
    }

    private boolean isSortedBy(String property, Sort.Direction direction) {
        List<String> sorts = params.getOrDefault("sort", List.of());
        if (sorts.isEmpty()) {
            return false;
        }
        String[] parts = sorts.get(0).split(",");
        Sort.Direction actual =
                parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
        return parts[0].equals(property) && actual == direction;
    }
}
