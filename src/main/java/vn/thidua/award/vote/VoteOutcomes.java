package vn.thidua.award.vote;

import java.util.Optional;

/** The frozen results of closed votes, which the proposal checks against. Checks nobody's rights. */
public interface VoteOutcomes {

    /** The cluster-year's vote result once the vote is closed; empty while it is prepared or open, or without one. */
    Optional<VoteOutcome> closedVote(long clusterYearId);
}
