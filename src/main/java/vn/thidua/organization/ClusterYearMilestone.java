package vn.thidua.organization;

/**
 * Something that happened in a feature and moves a cluster-year on: published by the feature in the transaction of
 * the action that caused it (which has already checked the person's rights), and applied by organization in the same
 * transaction, so that the year's status and its cause are written together or not at all.
 *
 * @param termId    the cluster-year
 * @param milestone what happened
 * @param reason    the reason the person gave for the action, if any
 */
public record ClusterYearMilestone(long termId, Milestone milestone, String reason) {

    public static ClusterYearMilestone of(long termId, Milestone milestone) {
        return new ClusterYearMilestone(termId, milestone, null);
    }

    /** What happened, and where it takes the year. */
    public enum Milestone {
        PLEDGE_OPENED(ClusterTermStatus.PLEDGE),
        PLEDGE_COMPLETED(ClusterTermStatus.PLEDGED),
        /** Returns a year at its pledge step to its set-up: the pledge is a draft again. */
        PLEDGE_WITHDRAWN(ClusterTermStatus.SET_UP),
        SCORING_OPENED(ClusterTermStatus.SCORING),
        RESULTS_PUBLISHED(ClusterTermStatus.RESULTS),
        VOTE_OPENED(ClusterTermStatus.VOTE),
        PROPOSAL_SUBMITTED(ClusterTermStatus.PROPOSAL),
        AWARDS_DECIDED(ClusterTermStatus.DECIDED);

        private final ClusterTermStatus target;

        Milestone(ClusterTermStatus target) {
            this.target = target;
        }

        public ClusterTermStatus target() {
            return target;
        }

        public String messageKey() {
            return "term.cause." + name();
        }
    }
}
