package vn.thidua.award.proposal;

/** A unit proposed for a type in a cluster-year's proposal, whatever its status. */
public record ProposedCandidate(long clusterYearId, ProposalStatus status, long unitId, long awardTypeId) {}
