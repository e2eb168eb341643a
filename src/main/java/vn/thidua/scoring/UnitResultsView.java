package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.pledge.CommittedTarget;

/**
 * A unit's annual results page: every target of its cluster-year's completed pledge (empty when there is none) with
 * what the unit entered, whether the signed-in person may change them, and if not for the unit, why.
 */
public record UnitResultsView(
        ScoreSheet sheet, ClusterYearSummary year, UnitName unit, List<Row> rows, boolean canEdit, Notice lock) {

    /** One target with the unit's own target value, its result (if entered) and the share of the target reached. */
    public record Row(CommittedTarget target, BigDecimal value, String note, Long version, BigDecimal percent) {}

    public boolean hasPledge() {
        return !rows.isEmpty();
    }
}
