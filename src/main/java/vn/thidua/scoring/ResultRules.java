package vn.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of an annual result against a pledge target, with no database behind them: the percentage of the target
 * reached (the one place it is computed), which figures are acceptable, and how a criterion's link names a target.
 */
public final class ResultRules {

    /** Largest figure stored (numeric(20,4)), the same bound as a pledge target's. */
    public static final BigDecimal MAX = new BigDecimal("9999999999999999");
    /** Decimals kept, as for pledge targets. */
    public static final int SCALE = 4;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * Words of a target that measures a change, which may go the wrong way: growth (tăng trưởng, tốc độ) and
     * reductions (giảm, kéo giảm). Counts, amounts and shares are never negative. Compared with their diacritics:
     * "giảm" (reduce) is not "giám" (supervise).
     */
    private static final List<List<String>> CHANGE_WORDS =
            List.of(List.of("tăng", "trưởng"), List.of("tốc", "độ"), List.of("giảm"));

    private ResultRules() {}

    /**
     * The share of the target reached, in percent, rounded half-up to two decimals: 612.48 of 512.35 is 119.54.
     * Empty when either figure is missing or the target is not above zero (a share of nothing means nothing).
     */
    public static Optional<BigDecimal> percentOfTarget(BigDecimal achieved, BigDecimal target) {
        if (achieved == null || target == null || target.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(achieved.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP));
    }

    /** Whether a figure below zero makes sense for this target: only for growth rates and reductions. */
    public static boolean allowsNegative(String targetName) {
        String name = targetName == null ? "" : Normalizer.normalize(targetName, Normalizer.Form.NFC);
        List<String> words = Arrays.asList(name.toLowerCase(VIETNAMESE).split("[^\\p{L}\\p{N}]+"));
        return CHANGE_WORDS.stream().anyMatch(phrase -> java.util.Collections.indexOfSubList(words, phrase) >= 0);
    }

    /** Refuses a figure this target cannot have; {@code null} (not reported yet) is always accepted. */
    public static void check(long targetId, String targetName, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 && !allowsNegative(targetName)) {
            throw new ResultRejected(targetId, "scoring.results.negative", targetName);
        }
        if (value.abs().compareTo(MAX) > 0
                || Math.max(value.stripTrailingZeros().scale(), 0) > SCALE) {
            throw new ResultRejected(targetId, "scoring.results.precision", targetName, SCALE);
        }
    }

    /** Whether two target names are the same target: compared ignoring case, diacritics, punctuation and spacing. */
    public static boolean sameTarget(String a, String b) {
        return a != null && b != null && !key(a).isEmpty() && key(a).equals(key(b));
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}%]+", " ").trim();
    }

    /** A figure refused for one target: the page marks that target's field. */
    public static final class ResultRejected extends ScoringException {

        private final long targetId;

        public ResultRejected(long targetId, String messageKey, Object... arguments) {
            super(messageKey, arguments);
            this.targetId = targetId;
        }

        public long targetId() {
            return targetId;
        }
    }
}
