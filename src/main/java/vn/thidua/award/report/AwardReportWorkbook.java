package vn.thidua.award.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.SpreadsheetLayout;

/**
 * The year's report as a spreadsheet: the count of awards (as on the page), the proposals item by item with their
 * review, and the decisions award by award. Headers and every coded value in the reader's language; dates dd/MM/yyyy.
 */
@Component
public class AwardReportWorkbook {

    private final AwardReports reports;
    private final MessageSource messages;

    AwardReportWorkbook(AwardReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /** The workbook for the staff member signed in; anyone else is refused before anything is read. */
    public byte[] build(int year, ReportPeriod period, Locale locale) {
        AwardReport report = reports.report(year, period);
        List<AwardReports.ProposalLine> proposals = reports.proposals(year);
        List<AwardReports.DecisionLine> decisions = reports.decisions(year, period);
        Text t = new Text(locale);
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            counts(workbook, header, report, t);
            proposals(workbook, header, report, proposals, t);
            decisions(workbook, header, report, decisions, t);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void counts(Workbook workbook, CellStyle header, AwardReport report, Text t) {
        Sheet sheet = workbook.createSheet(t.get("report.sheet.counts"));
        String[] columns = {
            t.get("report.col.number"),
            t.get("report.col.awardType"),
            t.get("report.col.category"),
            t.get("report.col.total"),
            t.get("report.col.collectives"),
            t.get("report.col.individuals"),
            t.get("report.col.women"),
            t.get("report.col.revoked")
        };
        int r = title(sheet, columns.length, t.get("report.counts.title", String.valueOf(report.year())), report, t);
        header(sheet.createRow(r++), header, columns);
        int section = 0;
        for (AwardReport.Section s : report.sections()) {
            section++;
            Row row = sheet.createRow(r++);
            cells(row, header, roman(section), t.get(s.level().messageKey()));
            numbers(row, 3, s.sum());
            int n = 0;
            for (AwardCount c : s.counts()) {
                Row line = sheet.createRow(r++);
                cells(
                        line,
                        null,
                        String.valueOf(++n),
                        c.awardTypeName(),
                        t.get(c.category().messageKey()));
                numbers(line, 3, c);
            }
        }
        Row total = sheet.createRow(r);
        cells(total, header, "", t.get("report.total"));
        numbers(total, 3, report.total());
        SpreadsheetLayout.widths(sheet, 6, 50, 24, 10, 10, 10, 10, 12);
    }

    private void proposals(
            Workbook workbook, CellStyle header, AwardReport report, List<AwardReports.ProposalLine> lines, Text t) {
        Sheet sheet = workbook.createSheet(t.get("report.sheet.proposals"));
        String[] columns = {
            t.get("report.col.number"),
            t.get("report.col.cluster"),
            t.get("report.col.proposalStatus"),
            t.get("report.col.submittedOn"),
            t.get("report.col.awardType"),
            t.get("report.col.recipient"),
            t.get("report.col.unit"),
            t.get("report.col.person"),
            t.get("report.col.position"),
            t.get("report.col.gender"),
            t.get("report.col.recommended"),
            t.get("report.col.outcome"),
            t.get("report.col.reason"),
            t.get("report.col.decided")
        };
        int r = title(sheet, columns.length, t.get("report.proposals.title", String.valueOf(report.year())), report, t);
        header(sheet.createRow(r++), header, columns);
        int n = 0;
        for (AwardReports.ProposalLine l : lines) {
            cells(
                    sheet.createRow(r++),
                    null,
                    String.valueOf(++n),
                    l.clusterName(),
                    t.get(l.status().messageKey()),
                    l.submittedAt() == null ? "" : date(l.submittedAt()),
                    l.awardTypeName(),
                    t.get(l.recipient().messageKey()),
                    l.unitName(),
                    nz(l.personName()),
                    nz(l.personPosition()),
                    l.personGender() == null ? "" : t.get(l.personGender().messageKey()),
                    l.recommended() == null
                            ? ""
                            : t.get("report.outcome." + l.recommended().name()),
                    l.outcome() == null
                            ? t.get("report.outcome.none")
                            : t.get("report.outcome." + l.outcome().name()),
                    nz(l.reviewReason()),
                    t.get(l.decided() ? "report.yes" : "report.no"));
        }
        if (lines.isEmpty()) {
            cells(sheet.createRow(r), null, "", t.get("report.proposals.empty"));
        }
        SpreadsheetLayout.widths(sheet, 6, 30, 18, 12, 36, 12, 30, 24, 24, 8, 14, 14, 40, 12);
    }

    private void decisions(
            Workbook workbook, CellStyle header, AwardReport report, List<AwardReports.DecisionLine> lines, Text t) {
        Sheet sheet = workbook.createSheet(t.get("report.sheet.decisions"));
        String[] columns = {
            t.get("report.col.number"),
            t.get("report.col.decisionNumber"),
            t.get("report.col.decidedOn"),
            t.get("report.col.authority"),
            t.get("report.col.signer"),
            t.get("report.col.subject"),
            t.get("report.col.awardType"),
            t.get("report.col.level"),
            t.get("report.col.recipient"),
            t.get("report.col.unit"),
            t.get("report.col.person"),
            t.get("report.col.position"),
            t.get("report.col.gender"),
            t.get("report.col.register"),
            t.get("report.col.takenBack")
        };
        int r = title(sheet, columns.length, t.get("report.decisions.title", String.valueOf(report.year())), report, t);
        header(sheet.createRow(r++), header, columns);
        int n = 0;
        for (AwardReports.DecisionLine l : lines) {
            String number = l.illustrative() ? l.number() + " " + t.get("report.illustrative") : l.number();
            cells(
                    sheet.createRow(r++),
                    null,
                    String.valueOf(++n),
                    number,
                    DisplayFormat.DATE.format(l.decidedOn()),
                    l.authority(),
                    l.signer(),
                    l.subject(),
                    l.awardTypeName(),
                    t.get(l.level().messageKey()),
                    t.get(l.individual() ? "award.recipient.INDIVIDUAL" : "award.recipient.COLLECTIVE"),
                    l.unitName(),
                    nz(l.personName()),
                    nz(l.personPosition()),
                    l.personGender() == null ? "" : t.get(l.personGender().messageKey()),
                    l.registerNumber(),
                    l.takenBackKind() == null
                            ? ""
                            : t.get(
                                    "report.takenBack." + l.takenBackKind(),
                                    l.takenBackBy(),
                                    DisplayFormat.DATE.format(l.takenBackOn())));
        }
        if (lines.isEmpty()) {
            cells(sheet.createRow(r), null, "", t.get("report.decisions.empty"));
        }
        SpreadsheetLayout.widths(sheet, 6, 20, 12, 30, 24, 40, 36, 20, 12, 30, 24, 24, 8, 14, 36);
    }

    private int title(Sheet sheet, int columns, String title, AwardReport report, Text t) {
        List<String> lines = new ArrayList<>();
        lines.add(report.organizerName());
        lines.add(
                report.period() == ReportPeriod.EMULATION_YEAR
                        ? t.get("report.period.line.EMULATION_YEAR", String.valueOf(report.year()))
                        : t.get(
                                "report.period.line.REPORTING_YEAR",
                                DisplayFormat.DATE.format(report.from()),
                                DisplayFormat.DATE.format(report.to())));
        return SpreadsheetLayout.titleBlock(sheet, columns, title, lines);
    }

    private static void header(Row row, CellStyle style, String... names) {
        cells(row, style, names);
    }

    private static void cells(Row row, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static void numbers(Row row, int from, AwardCount count) {
        long[] values = {count.total(), count.collectives(), count.individuals(), count.women(), count.revoked()};
        for (int i = 0; i < values.length; i++) {
            row.createCell(from + i).setCellValue(values[i]);
        }
    }

    private static String roman(int n) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI"};
        return n <= numerals.length ? numerals[n - 1] : String.valueOf(n);
    }

    private static String date(Instant instant) {
        LocalDate day = instant.atZone(BusinessTime.ZONE).toLocalDate();
        return DisplayFormat.DATE.format(day);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** Messages in the reader's language. */
    private final class Text {

        private final Locale locale;

        Text(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}
