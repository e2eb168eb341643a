package vn.thidua.scoring;

import java.util.Optional;

/**
 * The final ranking of a cluster-year, for the features that follow scoring (the vote proposes its candidates from
 * it, award rules read who led the cluster). Read-only records; access is the caller's business.
 */
public interface Rankings {

    /** The ranking of the cluster-year's scoring round, once the round is finalised; empty before. */
    Optional<FinalRanking> finalRanking(long clusterYearId);
}
