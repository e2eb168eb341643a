package vn.thidua.common;

import java.text.Normalizer;
import java.util.Locale;

/** The accent-free, lower-case form of a search term, matching the database's {@code search_key()}. */
public final class SearchText {

    /** Longer than any name the application keeps; what is typed beyond it cannot match anything. */
    public static final int MAX_LENGTH = 255;

    private SearchText() {}

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

    /**
     * One LIKE pattern per word of the term, each finding a word that starts with it wherever it stands in a text that
     * begins with a space ("uy ban phuong" finds " Ủy ban nhân dân phường Mỹ Bình"; "an" finds "An Phú" but not "Tân"):
     * exactly {@code count} patterns, "%" where there are fewer words, the last one holding the remaining words in
     * their order where there are more.
     */
    public static java.util.List<String> wordPatterns(String text, int count) {
        java.util.List<String> words = java.util.Arrays.stream(key(text).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word ->
                        "% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .toList();
        java.util.List<String> patterns = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i >= words.size()) {
                patterns.add("%");
            } else if (i == count - 1) {
                patterns.add(String.join("", words.subList(i, words.size())) + "%");
            } else {
                patterns.add(words.get(i) + "%");
            }
        }
        return patterns;
    }
}
