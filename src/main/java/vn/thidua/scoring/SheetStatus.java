package vn.thidua.scoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a unit's score sheet stands: the unit fills a draft and submits it (a draft still open when self-scoring
 * closes was never submitted); the cluster reviews it (each line accepted or adjusted with a reason); the unit
 * explains once or declines to; the reviewer then makes it final.
 */
public enum SheetStatus {
    DRAFT,
    NOT_SUBMITTED,
    SUBMITTED,
    REVIEWED,
    EXPLAINED,
    EXPLANATION_DECLINED,
    FINAL;

    public Set<SheetStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, NOT_SUBMITTED);
            case NOT_SUBMITTED -> EnumSet.noneOf(SheetStatus.class);
            case SUBMITTED -> EnumSet.of(REVIEWED);
            case REVIEWED -> EnumSet.of(EXPLAINED, EXPLANATION_DECLINED, FINAL);
            case EXPLAINED, EXPLANATION_DECLINED -> EnumSet.of(FINAL);
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
