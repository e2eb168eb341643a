package vn.thidua.award.decision;

import vn.thidua.award.proposal.Gender;

/** An accepted item of a reviewed proposal that no decision has awarded yet. */
public record AcceptedItem(
        long itemId,
        long clusterYearId,
        long awardTypeId,
        long unitId,
        String personName,
        String personPosition,
        Gender personGender,
        String summary) {}
