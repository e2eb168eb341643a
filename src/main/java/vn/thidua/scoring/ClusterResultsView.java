package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.pledge.CommittedTarget;

/**
 * The annual results of a cluster-year in one table: a row per pledge target, a column per unit the signed-in person
 * may see the results of ({@code notShown}: the others, whose sheets are not submitted yet).
 */
public record ClusterResultsView(
        ScoringRound round,
        ClusterYearSummary year,
        List<CommittedTarget> targets,
        List<UnitName> units,
        Map<Long, Map<Long, Cell>> cells,
        List<UnitName> notShown) {

    /** A unit's own target, its result and the share reached. */
    public record Cell(BigDecimal target, BigDecimal value, String note, BigDecimal percent) {}

    private static final Cell EMPTY = new Cell(null, null, null, null);

    public Cell cell(UnitName unit, CommittedTarget target) {
        return cells.getOrDefault(unit.id(), Map.of()).getOrDefault(target.targetId(), EMPTY);
    }

    public boolean hasPledge() {
        return !targets.isEmpty();
    }
}
