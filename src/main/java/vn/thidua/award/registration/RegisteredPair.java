package vn.thidua.award.registration;

/** A member unit registered (and not withdrawn) for an award type in a cluster-year. */
public record RegisteredPair(long unitId, long awardTypeId) {}
