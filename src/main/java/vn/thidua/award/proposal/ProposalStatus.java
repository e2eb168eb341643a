package vn.thidua.award.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a cluster-year's proposal stands: drafted by the head, submitted to the organiser, returned for correction
 * (by the organiser's review, a later step) and submitted again. Only a draft or a returned proposal can change.
 */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    RETURNED;

    public boolean canTransitionTo(ProposalStatus next) {
        return allowedNext().contains(next);
    }

    public Set<ProposalStatus> allowedNext() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(RETURNED);
        };
    }

    public boolean isEditable() {
        return this != SUBMITTED;
    }

    public String messageKey() {
        return "proposal.status." + name();
    }
}
