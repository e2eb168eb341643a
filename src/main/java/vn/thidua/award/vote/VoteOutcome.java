package vn.thidua.award.vote;

import java.util.List;
import java.util.Optional;

/**
 * The frozen result of a cluster-year's closed vote: how it was obtained, the ballots, and per award type and
 * candidate the votes and whether the candidate reached the type's share; next year's head and deputies when the
 * vote elected them.
 */
public record VoteOutcome(
        long voteId,
        long clusterYearId,
        VoteMethod method,
        int membersEntitled,
        int ballotsIssued,
        int ballotsReturned,
        int ballotsValid,
        List<CandidateOutcome> candidates,
        Optional<Long> nextHeadUnitId,
        List<Long> nextDeputyUnitIds) {

    public VoteOutcome {
        candidates = List.copyOf(candidates);
        nextDeputyUnitIds = List.copyOf(nextDeputyUnitIds);
    }

    public Optional<CandidateOutcome> of(long awardTypeId, long unitId) {
        return candidates.stream()
                .filter(c -> c.awardTypeId() == awardTypeId && c.unitId() == unitId)
                .findFirst();
    }
}
