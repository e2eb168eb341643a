package vn.thidua.award.report;

import java.time.LocalDate;

/**
 * What a report's year means: the emulation year the awards are for, or the statistical reporting year (from 1
 * December of the year before to 30 November), counted by the date of the decision.
 */
public enum ReportPeriod {
    EMULATION_YEAR,
    REPORTING_YEAR;

    public LocalDate from(int year) {
        return LocalDate.of(year - 1, 12, 1);
    }

    public LocalDate to(int year) {
        return LocalDate.of(year, 11, 30);
    }

    public String messageKey() {
        return "report.period." + name();
    }

    /** The period named in an address; anything else is the emulation year. */
    public static ReportPeriod parse(String text) {
        return "REPORTING_YEAR".equals(text) ? REPORTING_YEAR : EMULATION_YEAR;
    }
}
