package vn.thidua.award.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a cluster-year's proposal stands: drafted by the head, submitted to the organiser, returned for correction by
 * the organiser's review and submitted again, until the review is concluded (REVIEWED: every item accepted or
 * rejected; the accepted ones can be decided). Only a draft or a returned proposal can be edited.
 */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    REVIEWED;

    public boolean canTransitionTo(ProposalStatus next) {
        return allowedNext().contains(next);
    }

    public Set<ProposalStatus> allowedNext() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(RETURNED, REVIEWED);
            case REVIEWED -> EnumSet.noneOf(ProposalStatus.class);
        };
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "proposal.status." + name();
    }
}
