package vn.thidua.common;

import java.text.Normalizer;
import java.util.Locale;

/** The accent-free, lower-case form of a search term, matching the database's {@code search_key()}. */
public final class SearchText {

    /** Longer than any name the application keeps; what is typed beyond it cannot match anything. */
    public static final int MAX_LENGTH = 255;

    private SearchText() {
    }

    /**
     * A search term as typed, made safe to search for and to show again: control characters (a NUL byte in an
     * edited address) are dropped, the length bounded, the ends trimmed. {@code null} stays {@code null}.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String plain = TextInput.strip(text).trim();
        return plain.length() > MAX_LENGTH ? plain.substring(0, MAX_LENGTH).trim() : plain;
    }

    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = clean(text).replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(trimmed, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern that finds the term anywhere, with LIKE's own wildcards taken literally. */
    public static String containsPattern(String text) {
        String escaped = key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
