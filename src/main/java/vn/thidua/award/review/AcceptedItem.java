package vn.thidua.award.review;

import vn.thidua.award.proposal.Gender;

/**
 * An accepted item of a reviewed proposal that no decision has granted yet: what a decision may award. The person is
 * {@code null} for a collective.
 */
public record AcceptedItem(
        long itemId,
        long proposalId,
        long clusterYearId,
        String clusterName,
        int year,
        long unitId,
        String unitName,
        long awardTypeId,
        String awardTypeName,
        String personName,
        String personPosition,
        Gender personGender,
        String summary) {

    public boolean individual() {
        return personName != null;
    }
}
