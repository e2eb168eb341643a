package vn.thidua.scoring;

import java.util.List;
import vn.thidua.organization.ClusterYearSummary;

/**
 * A sheet with its tree and totals, and what the signed-in person may do with it.
 */
public record SheetView(
        ScoreSheet sheet,
        ClusterYearSummary year,
        UnitName unit,
        CriteriaTree tree,
        SheetTotals totals,
        SheetTotals selfTotals,
        boolean canFill,
        boolean canReview,
        boolean canExplain,
        boolean canFinalise,
        List<SheetStatusChange> history,
        java.util.Map<String, java.math.BigDecimal> bestRatios,
        java.util.Map<Long, List<EvidenceInfo>> evidence,
        Notice notice,
        java.util.Map<Long, LinkedResult> linkedResults,
        java.util.Map<String, java.math.BigDecimal> targets,
        boolean canCorrect) {

    /**
     * The target of a figure criterion for the unit: on a draft the one set now (by the pledge or the round), which
     * the unit cannot change; afterwards the one kept on the line.
     */
    public java.math.BigDecimal targetOf(CriterionNode node) {
        java.math.BigDecimal set = targets.get(node.key());
        return set != null ? set : line(node).getSelfTarget();
    }

    /** Whether the unit may explain or decline to: the same moment. */
    public boolean canDecline() {
        return canExplain;
    }

    /** The unit's annual result for the pledge target a figure criterion measures, if any was entered. */
    public LinkedResult linkedResult(CriterionNode node) {
        return linkedResults.get(node.getId());
    }

    /** The evidence files of a criterion's line. */
    public List<EvidenceInfo> evidenceOf(CriterionNode node) {
        return evidence.getOrDefault(node.getId(), List.of());
    }

    /** The best figure/target ratio of the sheets other units submitted so far, for the live preview of a figure's points. */
    public java.math.BigDecimal bestRatio(CriterionNode node) {
        return bestRatios.get(node.key());
    }

    public ScoreLine line(CriterionNode node) {
        return sheet.line(node.getCode());
    }
}
