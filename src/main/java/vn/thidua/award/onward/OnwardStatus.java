package vn.thidua.award.onward;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a province's onward proposal stands: drafted by its administrator, submitted to the central council, returned
 * for correction and submitted again, until the council concludes its review (REVIEWED: every item accepted or
 * rejected; the accepted ones can be decided). Only a draft or a returned proposal can be edited.
 */
public enum OnwardStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    REVIEWED;

    public boolean canTransitionTo(OnwardStatus next) {
        return allowedNext().contains(next);
    }

    public Set<OnwardStatus> allowedNext() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(RETURNED, REVIEWED);
            case REVIEWED -> EnumSet.noneOf(OnwardStatus.class);
        };
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "onward.status." + name();
    }
}
