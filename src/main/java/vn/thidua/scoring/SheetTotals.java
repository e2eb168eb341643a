package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The totals of one sheet: the subtotal of every group, the bonus and deductions after their caps, and the total
 * (the scored groups plus bonus minus deductions). Pure: computed from the tree and the scores of its criteria.
 *
 * @param subtotals per node key: the points under that node (sections already capped)
 */
public record SheetTotals(
        BigDecimal total, BigDecimal bonus, BigDecimal deductions, Map<String, BigDecimal> subtotals) {

    /** Scores by criterion key; a criterion without a score counts nothing. */
    public static SheetTotals of(CriteriaTree tree, Map<String, BigDecimal> scores) {
        Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        for (CriterionNode root : tree.roots()) {
            BigDecimal sum = sum(tree, root, scores, subtotals);
            switch (root.getNodeType()) {
                case BONUS -> {
                    sum = sum.min(root.getMaxPoints());
                    bonus = bonus.add(sum);
                }
                case DEDUCTION -> {
                    sum = sum.min(root.getMaxPoints());
                    deductions = deductions.add(sum);
                }
                default -> total = total.add(sum);
            }
            subtotals.put(root.key(), sum);
        }
        return new SheetTotals(total.add(bonus).subtract(deductions), bonus, deductions, subtotals);
    }

    /** The totals of each of the given sheets from their lines' scores; a sheet without lines totals nothing. */
    public static Map<Long, SheetTotals> bySheet(
            CriteriaTree tree, Collection<Long> sheetIds, Collection<LineScores> lines) {
        Map<Long, String> keys = new HashMap<>();
        tree.entries()
                .forEach(entry -> keys.put(entry.node().getId(), entry.node().key()));
        Map<Long, Map<String, BigDecimal>> scores = new LinkedHashMap<>();
        sheetIds.forEach(id -> scores.put(id, new HashMap<>()));
        for (LineScores line : lines) {
            Map<String, BigDecimal> sheetScores = scores.get(line.sheetId());
            String key = keys.get(line.nodeId());
            if (sheetScores != null && key != null) {
                sheetScores.put(key, line.effectiveScore());
            }
        }
        Map<Long, SheetTotals> totals = new HashMap<>();
        scores.forEach((sheetId, sheetScores) -> totals.put(sheetId, of(tree, sheetScores)));
        return totals;
    }

    private static BigDecimal sum(
            CriteriaTree tree, CriterionNode node, Map<String, BigDecimal> scores, Map<String, BigDecimal> subtotals) {
        BigDecimal result;
        if (node.isCriterion()) {
            BigDecimal score = scores.get(node.key());
            result = score == null ? BigDecimal.ZERO : score;
        } else {
            result = BigDecimal.ZERO;
            for (CriterionNode child : tree.childrenOf(node)) {
                result = result.add(sum(tree, child, scores, subtotals));
            }
        }
        subtotals.put(node.key(), result);
        return result;
    }

    public BigDecimal subtotal(String code) {
        return subtotals.getOrDefault(CriterionNode.key(code), BigDecimal.ZERO);
    }
}
