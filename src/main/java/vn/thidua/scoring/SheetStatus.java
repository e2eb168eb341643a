package vn.thidua.scoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a unit's score sheet stands: the unit fills a draft and submits it; the cluster reviews it (each line
 * accepted or adjusted with a reason); the unit may explain once; the reviewer then makes it final.
 */
public enum SheetStatus {
    DRAFT,
    SUBMITTED,
    REVIEWED,
    EXPLAINED,
    FINAL;

    public Set<SheetStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(REVIEWED);
            case REVIEWED -> EnumSet.of(EXPLAINED, FINAL);
            case EXPLAINED -> EnumSet.of(FINAL);
            case FINAL -> EnumSet.noneOf(SheetStatus.class);
        };
    }

    public boolean canTransitionTo(SheetStatus next) {
        return allowedNext().contains(next);
    }

    public String messageKey() {
        return "scoring.sheetStatus." + name();
    }
}
