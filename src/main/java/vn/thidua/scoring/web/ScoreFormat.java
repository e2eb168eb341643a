package vn.thidua.scoring.web;

import java.math.BigDecimal;
import java.util.Locale;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;

/**
 * Numbers as the user reads them: Vietnamese "7,5" and "1.234,5", English "7.5" and "1,234.5" ({@link DisplayFormat});
 * typed numbers are read by {@link DisplayFormat#parseNumber}.
 */
public final class ScoreFormat {

    private final Locale locale;

    ScoreFormat(Locale locale) {
        this.locale = locale;
    }

    /** For display: up to two decimals, grouped thousands, a true minus sign; empty for none. */
    public String fmt(BigDecimal value) {
        return DisplayFormat.number(value, locale);
    }

    /** A figure against a pledge target for display: up to four decimals, as targets are kept; empty for none. */
    public String figure(BigDecimal value) {
        return DisplayFormat.figure(value, locale);
    }

    /** For an input field: no grouping, the locale's decimal mark. */
    public String input(BigDecimal value) {
        return DisplayFormat.input(value, locale);
    }

    /** A moment as dd/MM/yyyy HH:mm in Vietnam's time. */
    public String dateTime(java.time.Instant instant) {
        return instant == null ? "" : DisplayFormat.DATE_TIME.format(instant.atZone(BusinessTime.ZONE));
    }

    /** A percentage for the bar chart, 0..100. */
    public String percent(BigDecimal value, BigDecimal max) {
        if (value == null || max == null || max.signum() <= 0) {
            return "0";
        }
        BigDecimal share = value.max(BigDecimal.ZERO)
                .multiply(BigDecimal.valueOf(100))
                .divide(max, 2, java.math.RoundingMode.HALF_UP);
        return share.min(BigDecimal.valueOf(100)).toPlainString();
    }

    /** The length of a bar for the chart: {@code value / max} of {@code length}, plus {@code offset}, as plain SVG. */
    public String bar(BigDecimal value, BigDecimal max, int length, int offset) {
        BigDecimal share = new BigDecimal(percent(value, max))
                .multiply(BigDecimal.valueOf(length))
                .divide(BigDecimal.valueOf(100), 1, java.math.RoundingMode.HALF_UP);
        return share.add(BigDecimal.valueOf(offset)).toPlainString();
    }

    /** One group's part of a unit's bar in the ranking chart, as plain SVG coordinates. */
    public record Segment(String code, String description, int colour, String x, String width, String value) {}

    /**
     * A unit's bar split by group, so that the chart compares units group by group: each scored group and the bonus
     * points in turn, from {@code offset}, each {@code subtotal / max} of {@code length} wide. Deductions are not
     * drawn (they shorten no bar here; the table shows them).
     */
    public java.util.List<Segment> segments(
            vn.thidua.scoring.Ranking.Row row,
            java.util.List<vn.thidua.scoring.CriterionNode> groups,
            BigDecimal max,
            int length,
            int offset) {
        java.util.List<Segment> segments = new java.util.ArrayList<>();
        BigDecimal start = BigDecimal.valueOf(offset);
        int colour = 0;
        for (vn.thidua.scoring.CriterionNode group : groups) {
            if (group.getNodeType() == vn.thidua.scoring.NodeType.DEDUCTION) {
                continue;
            }
            BigDecimal subtotal = row.subtotal(group.getCode());
            BigDecimal width = new BigDecimal(bar(subtotal, max, length, 0));
            segments.add(new Segment(
                    group.getCode(),
                    group.getDescription(),
                    colour++ % 6,
                    start.toPlainString(),
                    width.toPlainString(),
                    fmt(subtotal)));
            start = start.add(width);
        }
        return segments;
    }

    /** Where a label after a stacked bar goes: {@code gap} past its last segment. */
    public String after(java.util.List<Segment> segments, int offset, int gap) {
        BigDecimal end = BigDecimal.valueOf(offset);
        for (Segment segment : segments) {
            end = new BigDecimal(segment.x()).add(new BigDecimal(segment.width()));
        }
        return end.add(BigDecimal.valueOf(gap)).toPlainString();
    }
}
