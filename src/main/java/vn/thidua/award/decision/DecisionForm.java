package vn.thidua.award.decision;

import java.util.List;

/**
 * What the record form offers: the header's defaults and the accepted items not yet decided, grouped by cluster-year.
 */
public record DecisionForm(
        String defaultAuthority,
        String defaultSignerTitle,
        String defaultSubject,
        int defaultYear,
        List<Group> groups) {

    /** The items of one cluster-year's reviewed proposal. */
    public record Group(long clusterYearId, String clusterName, int year, List<Candidate> items) {}

    /** One accepted item, its recipient and award named. */
    public record Candidate(
            long itemId, String recipient, String unitName, String typeName, boolean individual, String summary) {}

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
