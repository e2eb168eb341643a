package vn.thidua.common;

import java.text.Normalizer;
import java.util.Locale;

/** The accent-free, lower-case form of a search term, matching the database's {@code search_key()}. */
public final class SearchText {

    private SearchText() {
    }

    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.trim().replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(trimmed, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern that finds the term anywhere, with LIKE's own wildcards taken literally. */
    public static String containsPattern(String text) {
        String escaped = key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
