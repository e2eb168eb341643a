package vn.thidua.award.report;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.award.type.AwardLevel;

/** The count of awards of an organiser's year, by level then award type, with the proposals and decisions counted. */
public record AwardReport(
        long organizerId,
        String organizerCode,
        String organizerName,
        int year,
        ReportPeriod period,
        List<Section> sections,
        AwardCount total,
        long proposals,
        long proposedItems,
        long acceptedItems,
        long rejectedItems,
        long decisions) {

    /** One level's award types and their sum. */
    public record Section(AwardLevel level, List<AwardCount> counts, AwardCount sum) {}

    public LocalDate from() {
        return period.from(year);
    }

    public LocalDate to() {
        return period.to(year);
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }
}
