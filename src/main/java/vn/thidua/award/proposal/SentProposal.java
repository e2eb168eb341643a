package vn.thidua.award.proposal;

import java.time.Instant;

/** A proposal sent to the organiser, as its list shows it. */
public record SentProposal(
        long clusterYearId,
        String clusterCode,
        String clusterName,
        ProposalStatus status,
        int items,
        Instant submittedAt,
        String submittedBy) {}
