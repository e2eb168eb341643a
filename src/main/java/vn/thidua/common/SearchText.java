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

    /**
     * One LIKE pattern per word of the term, so that every word is found wherever it stands ("uy ban phuong" finds
     * "Ủy ban nhân dân phường Mỹ Bình"): exactly {@code count} patterns, "%" where there are fewer words, and the last
     * pattern holding the remaining words in their order where there are more.
     */
    public static java.util.List<String> wordPatterns(String text, int count) {
        String[] words = key(text).split("\\s+");
        java.util.List<String> patterns = new java.util.ArrayList<>();
        java.util.List<String> present = java.util.Arrays.stream(words).filter(word -> !word.isEmpty()).toList();
        for (int i = 0; i < count; i++) {
            if (i >= present.size()) {
                patterns.add("%");
            } else if (i == count - 1) {
                patterns.add(containsPattern(String.join(" ", present.subList(i, present.size()))).replace(" ", "%"));
            } else {
                patterns.add(containsPattern(present.get(i)));
            }
        }
        return patterns;
    }
}
