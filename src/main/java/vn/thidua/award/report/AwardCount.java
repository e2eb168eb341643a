package vn.thidua.award.report;

import vn.thidua.award.type.AwardCategory;
import vn.thidua.award.type.AwardLevel;

/**
 * The awards of one award type in a report's period: collectives and individuals (of whom women), revoked ones left
 * out of those counts and counted apart.
 */
public record AwardCount(
        long awardTypeId,
        String awardTypeName,
        AwardLevel level,
        AwardCategory category,
        long collectives,
        long individuals,
        long women,
        long revoked) {

    public long total() {
        return collectives + individuals;
    }

    static AwardCount sum(AwardLevel level, java.util.List<AwardCount> counts) {
        return new AwardCount(
                0,
                null,
                level,
                null,
                counts.stream().mapToLong(AwardCount::collectives).sum(),
                counts.stream().mapToLong(AwardCount::individuals).sum(),
                counts.stream().mapToLong(AwardCount::women).sum(),
                counts.stream().mapToLong(AwardCount::revoked).sum());
    }
}
