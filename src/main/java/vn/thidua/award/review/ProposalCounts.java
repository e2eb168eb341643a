package vn.thidua.award.review;

import java.time.Instant;
import vn.thidua.award.proposal.ProposalStatus;

/** A sent proposal with its items counted by the review's outcome: one row of the queue's query. */
record ProposalCounts(
        long id,
        long clusterYearId,
        ProposalStatus status,
        Instant submittedAt,
        long items,
        Long accepted,
        Long rejected) {}
