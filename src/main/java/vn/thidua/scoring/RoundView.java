package vn.thidua.scoring;

import java.util.List;
import java.util.Map;
import vn.thidua.organization.ClusterYearSummary;

/** A round with its sheets' statuses and totals, and what the signed-in person may do. */
public record RoundView(
        ScoringRound round,
        ClusterYearSummary year,
        Map<Long, UnitName> units,
        CriteriaTree tree,
        List<ScoreSheet> sheets,
        Map<Long, SheetTotals> totals,
        Long ownSheetId,
        boolean canManage,
        boolean canReview,
        boolean canSeeRanking,
        boolean canSeeAllSheets,
        List<RoundStatusChange> history,
        java.util.Set<Long> openable,
        List<String> notSubmitted) {

    /** Whether the signed-in person may open this sheet from the round page. */
    public UnitName unitOf(ScoreSheet sheet) {
        return units.get(sheet.getUnitId());
    }

    public boolean canOpen(ScoreSheet sheet) {
        return openable.contains(sheet.getId());
    }
}
