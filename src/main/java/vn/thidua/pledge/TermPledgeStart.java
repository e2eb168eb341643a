package vn.thidua.pledge;

/** A cluster-year without a pledge yet: whether the viewer may draft one, and whether last year's can be copied. */
public record TermPledgeStart(
        long termId, String clusterName, int year, boolean canDraft, boolean previousAvailable, boolean readOnly) {}
