package vn.thidua.award.review;

import java.time.Instant;
import vn.thidua.award.proposal.ProposalStatus;

/**
 * One proposal waiting in (or gone through) the organiser's review, as the queue lists it, whatever sent it: a
 * cluster's proposal, or a province's onward proposal to the central council. {@code link} is its review page.
 */
public record ReviewQueueRow(
        Source source,
        long id,
        String link,
        String title,
        ProposalStatus status,
        Instant submittedAt,
        long items,
        long accepted,
        long rejected) {

    /** Where the proposal comes from. */
    public enum Source {
        CLUSTER,
        ONWARD;

        public String messageKey() {
            return "review.source." + name();
        }
    }

    /** Items without the administrator's outcome yet. */
    public long open() {
        return items - accepted - rejected;
    }
}
