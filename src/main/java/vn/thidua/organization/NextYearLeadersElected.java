package vn.thidua.organization;

import java.util.List;

/**
 * A feature's vote elected next year's head (and deputies) of a cluster-year: published in the transaction that
 * closed the vote, and recorded by organization so that starting the next year from this one proposes that head.
 *
 * @param termId       the cluster-year that voted
 * @param headUnitId   next year's head, elected
 * @param deputyUnitIds next year's deputies, elected (may be empty)
 */
public record NextYearLeadersElected(long termId, long headUnitId, List<Long> deputyUnitIds) {

    public NextYearLeadersElected {
        deputyUnitIds = deputyUnitIds == null ? List.of() : List.copyOf(deputyUnitIds);
    }
}
