package vn.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How one criterion turns what a unit reports into points: the criterion's kind with its parameters. Pure, with no
 * database behind it, so every kind is tested on its own.
 *
 * <ul>
 *   <li>{@code FIGURE_AGAINST_TARGET}: the unit reports a figure and its target. Below the target the points are
 *   proportional to the share reached of {@code targetShare × max}; at the target exactly {@code targetShare × max};
 *   above it, linear up to the full maximum for the cluster's best ratio.</li>
 *   <li>{@code PASS_FAIL}: 1 (met) gives the maximum, 0 gives nothing.</li>
 *   <li>{@code PER_OCCURRENCE}: occurrences × {@code pointsPerOccurrence}, capped at the maximum.</li>
 *   <li>{@code MANUAL}: the points themselves, within [{@code minPoints}, max].</li>
 * </ul>
 */
public record CriterionRule(
        String code,
        CriterionKind kind,
        BigDecimal max,
        BigDecimal minPoints,
        BigDecimal pointsPerOccurrence,
        BigDecimal targetShare) {

    public static final BigDecimal DEFAULT_TARGET_SHARE = new BigDecimal("0.5");
    private static final int SCALE = 2;

    public CriterionRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(max, "max");
    }

    public static CriterionRule manual(String code, String max, String min) {
        return new CriterionRule(
                code, CriterionKind.MANUAL, new BigDecimal(max), min == null ? null : new BigDecimal(min), null, null);
    }

    public static CriterionRule passFail(String code, String max) {
        return new CriterionRule(code, CriterionKind.PASS_FAIL, new BigDecimal(max), null, null, null);
    }

    public static CriterionRule perOccurrence(String code, String max, String perOccurrence) {
        return new CriterionRule(
                code, CriterionKind.PER_OCCURRENCE, new BigDecimal(max), null, new BigDecimal(perOccurrence), null);
    }

    public static CriterionRule figure(String code, String max, String share) {
        return new CriterionRule(
                code,
                CriterionKind.FIGURE_AGAINST_TARGET,
                new BigDecimal(max),
                null,
                null,
                share == null ? null : new BigDecimal(share));
    }

    public BigDecimal lowestScore() {
        return kind == CriterionKind.MANUAL && minPoints != null ? minPoints : BigDecimal.ZERO;
    }

    public BigDecimal share() {
        return targetShare == null ? DEFAULT_TARGET_SHARE : targetShare;
    }

    /**
     * The points for what the unit reports. {@code bestRatio} is the best figure/target ratio in the cluster (only
     * used by figures; {@code null} means this unit's own ratio is the best known).
     */
    public BigDecimal score(BigDecimal value, BigDecimal target, BigDecimal bestRatio) {
        if (value == null) {
            throw new ScoringException("scoring.value.required", code);
        }
        if (value.signum() < 0) {
            throw new ScoringException("scoring.value.negative", code);
        }
        BigDecimal points = switch (kind) {
            case PASS_FAIL -> passFail(value);
            case PER_OCCURRENCE -> perOccurrence(value);
            case MANUAL -> {
                checkScore(value);
                yield value;
            }
            case FIGURE_AGAINST_TARGET -> figure(value, target, bestRatio);
        };
        return points.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** Refuses a score (entered or adjusted by a reviewer) outside this criterion's bounds. */
    public void checkScore(BigDecimal score) {
        if (score == null) {
            throw new ScoringException("scoring.value.required", code);
        }
        if (score.scale() > SCALE && score.stripTrailingZeros().scale() > SCALE) {
            throw new ScoringException("scoring.score.precision", code);
        }
        if (score.compareTo(lowestScore()) < 0 || score.compareTo(max) > 0) {
            throw new ScoringException(
                    "scoring.score.outOfBounds", code, lowestScore().stripTrailingZeros(), max.stripTrailingZeros());
        }
    }

    private BigDecimal passFail(BigDecimal value) {
        if (value.compareTo(BigDecimal.ONE) == 0) {
            return max;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        throw new ScoringException("scoring.value.passFail", code);
    }

    private BigDecimal perOccurrence(BigDecimal occurrences) {
        if (occurrences.stripTrailingZeros().scale() > 0) {
            throw new ScoringException("scoring.value.wholeNumber", code);
        }
        BigDecimal points = occurrences.multiply(pointsPerOccurrence == null ? BigDecimal.ONE : pointsPerOccurrence);
        return points.min(max);
    }

    private BigDecimal figure(BigDecimal value, BigDecimal target, BigDecimal bestRatio) {
        if (target == null || target.signum() <= 0) {
            throw new ScoringException("scoring.value.targetRequired", code);
        }
        BigDecimal ratio = ratio(value, target);
        BigDecimal best = bestRatio == null ? ratio : bestRatio.max(ratio);
        BigDecimal atTarget = max.multiply(share());
        if (ratio.compareTo(BigDecimal.ONE) < 0) {
            return atTarget.multiply(ratio);
        }
        if (best.compareTo(BigDecimal.ONE) <= 0) {
            // Everyone at most reached the target: nobody is "best above target".
            return atTarget;
        }
        BigDecimal above =
                ratio.subtract(BigDecimal.ONE).divide(best.subtract(BigDecimal.ONE), 10, RoundingMode.HALF_UP);
        return atTarget.add(max.subtract(atTarget).multiply(above));
    }

    /** A figure over its target, the measure the cluster's best is found by. */
    public static BigDecimal ratio(BigDecimal value, BigDecimal target) {
        return value.divide(target, 10, RoundingMode.HALF_UP);
    }
}
