package vn.thidua.scoring;

/** How a criterion is scored; its parameters live on the criterion (see {@link CriterionRule}). */
public enum CriterionKind {
    /** A figure against a target: a share of the points at the target, full points for the cluster's best. */
    FIGURE_AGAINST_TARGET,
    /** All the points or none. */
    PASS_FAIL,
    /** Points per occurrence, capped at the maximum. */
    PER_OCCURRENCE,
    /** Points chosen by hand within a minimum and the maximum. */
    MANUAL;

    public String messageKey() {
        return "scoring.kind." + name();
    }

    /** The message key of what the unit enters for this kind. */
    public String valueLabelKey() {
        return "scoring.kind." + name() + ".value";
    }
}
