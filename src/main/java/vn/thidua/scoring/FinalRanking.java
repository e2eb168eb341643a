package vn.thidua.scoring;

import java.util.List;
import java.util.Optional;

/** A cluster-year's final ranking: its units in order, non-submitters placed by the round's rule. */
public record FinalRanking(long roundId, long clusterYearId, List<RankedUnit> units) {

    public FinalRanking {
        units = List.copyOf(units);
    }

    /** The unit ranked first, if any unit was ranked. */
    public Optional<RankedUnit> leader() {
        return units.stream().filter(u -> u.rank() == 1).findFirst();
    }

    public Optional<RankedUnit> of(long unitId) {
        return units.stream().filter(u -> u.unitId() == unitId).findFirst();
    }
}
