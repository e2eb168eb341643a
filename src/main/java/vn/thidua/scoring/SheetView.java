package vn.thidua.scoring;

import java.util.List;

/**
 * A sheet with its tree and totals, and what the signed-in person may do with it.
 */
public record SheetView(ScoreSheet sheet, CriteriaTree tree, SheetTotals totals, SheetTotals selfTotals,
                        boolean canFill, boolean canReview, boolean canExplain, boolean canFinalise,
                        List<SheetStatusChange> history) {

    public ScoreLine line(CriterionNode node) {
        return sheet.line(node.getCode());
    }
}
