package vn.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures far from the rest of the cluster, which usually mean a typo (0,7 typed for 7): for each figure criterion
 * with at least {@value #MIN_FIGURES} reported ratios (figure over target), a ratio more than {@value #FACTOR} times
 * the median of the cluster, or under a {@value #FACTOR}rd of it, is named with its unit. Pure.
 */
public final class FigureOutliers {

    static final int MIN_FIGURES = 3;
    static final int FACTOR = 3;

    /** One figure far from the others: the unit, the criterion, its ratio and the cluster's median, in percent. */
    public record Outlier(
            String unitName, String criterionCode, BigDecimal percent, BigDecimal medianPercent, boolean high) {}

    private FigureOutliers() {}

    /**
     * The outliers among the given sheets' figure lines. {@code unitNames} names the sheets to consider, by id; lines
     * of other sheets are ignored.
     */
    public static List<Outlier> of(CriteriaTree tree, Map<Long, String> unitNames, Collection<LineScores> lines) {
        Map<Long, CriterionNode> figures = new HashMap<>();
        tree.criteria().stream()
                .filter(n -> n.getKind() == CriterionKind.FIGURE_AGAINST_TARGET)
                .forEach(n -> figures.put(n.getId(), n));
        Map<Long, List<LineScores>> byCriterion = new HashMap<>();
        for (LineScores line : lines) {
            if (figures.containsKey(line.nodeId())
                    && unitNames.containsKey(line.sheetId())
                    && line.selfValue() != null
                    && line.selfTarget() != null
                    && line.selfTarget().signum() > 0) {
                byCriterion
                        .computeIfAbsent(line.nodeId(), k -> new ArrayList<>())
                        .add(line);
            }
        }
        List<Outlier> outliers = new ArrayList<>();
        for (CriterionNode node : tree.criteria()) {
            List<LineScores> reported = byCriterion.getOrDefault(node.getId(), List.of());
            if (reported.size() < MIN_FIGURES) {
                continue;
            }
            BigDecimal median =
                    median(reported.stream().map(FigureOutliers::ratio).sorted().toList());
            if (median.signum() <= 0) {
                continue;
            }
            BigDecimal factor = BigDecimal.valueOf(FACTOR);
            for (LineScores line : reported) {
                BigDecimal ratio = ratio(line);
                boolean high = ratio.compareTo(median.multiply(factor)) > 0;
                boolean low = ratio.multiply(factor).compareTo(median) < 0;
                if (high || low) {
                    outliers.add(new Outlier(
                            unitNames.get(line.sheetId()), node.getCode(), percent(ratio), percent(median), high));
                }
            }
        }
        outliers.sort(Comparator.comparing(Outlier::criterionCode).thenComparing(Outlier::unitName));
        return outliers;
    }

    private static BigDecimal ratio(LineScores line) {
        return CriterionRule.ratio(line.selfValue(), line.selfTarget());
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }
}
