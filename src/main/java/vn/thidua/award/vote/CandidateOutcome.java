package vn.thidua.award.vote;

import java.math.BigDecimal;

/** One candidate's frozen tally for one award type. */
public record CandidateOutcome(
        long awardTypeId, long unitId, int votesFor, int votesAgainst, BigDecimal sharePercent, boolean elected) {}
