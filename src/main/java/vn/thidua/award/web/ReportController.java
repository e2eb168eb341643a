package vn.thidua.award.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.award.report.AwardReportWorkbook;
import vn.thidua.award.report.AwardReports;
import vn.thidua.award.report.ReportPeriod;

/** The organiser's report on awards: the count of the year's awards on the page, and everything as a spreadsheet. */
@Controller
class ReportController {

    static final String VIEW = "award/report/awards";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AwardReports reports;
    private final AwardReportWorkbook workbook;

    ReportController(AwardReports reports, AwardReportWorkbook workbook) {
        this.reports = reports;
        this.workbook = workbook;
    }

    @GetMapping("/reports/awards")
    String page(
            @RequestParam(required = false) String year, @RequestParam(required = false) String period, Model model) {
        int chosen = reports.year(year(year));
        ReportPeriod p = ReportPeriod.parse(period);
        model.addAttribute("report", reports.report(chosen, p));
        model.addAttribute("periods", ReportPeriod.values());
        return VIEW;
    }

    @GetMapping("/reports/awards/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String year, @RequestParam(required = false) String period, Locale locale) {
        int chosen = reports.year(year(year));
        ReportPeriod p = ReportPeriod.parse(period);
        byte[] body = workbook.build(chosen, p, locale);
        String name =
                (p == ReportPeriod.EMULATION_YEAR ? "khen-thuong-" : "khen-thuong-ky-bao-cao-") + chosen + ".xlsx";
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private static Integer year(String text) {
        if (text == null || text.isBlank() || text.length() > 4) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
