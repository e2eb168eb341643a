package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

class ScoringExcelTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    ScoringFixture f;

    @BeforeEach
    void setUp() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        SecurityContextHolder.clearContext();
    }

    private byte[] download(String url, String user) throws Exception {
        return mvc.perform(get(url).with(Users.as(jdbc, user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static byte[] write(Workbook book) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        book.close();
        return out.toByteArray();
    }

    private long emptyTable(int year) {
        f.as("admin");
        long id = tables.create(
                        new TableCommand(year, "Bảng nhập " + f.tag + " " + year, new BigDecimal("100"), List.of()))
                .getId();
        SecurityContextHolder.clearContext();
        return id;
    }

    @Test
    void aCriteriaTableExportedToExcelImportsBackIntoAnEmptyTableUnchanged() throws Exception {
        byte[] exported = download("/admin/scoring/tables/" + f.tableId + "/export.xlsx", "admin");
        long target = emptyTable(2023);
        mvc.perform(multipart("/admin/scoring/tables/{id}/import", target)
                        .file(new MockMultipartFile("file", "bang.xlsx", "application/octet-stream", exported))
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/scoring/tables/" + target));
        f.as("admin");
        CriteriaTree original = tables.tree(f.tableId);
        CriteriaTree imported = tables.tree(target);
        assertThat(imported.entries())
                .extracting(e -> e.node().getCode() + "|" + e.depth() + "|"
                        + e.node().getMaxPoints().stripTrailingZeros() + "|"
                        + e.node().getKind() + "|" + e.node().getPointsPerOccurrence())
                .containsExactlyElementsOf(original.entries().stream()
                        .map(e -> e.node().getCode() + "|" + e.depth() + "|"
                                + e.node().getMaxPoints().stripTrailingZeros() + "|"
                                + e.node().getKind() + "|" + e.node().getPointsPerOccurrence())
                        .toList());
        assertThat(imported.problems()).isEmpty();
    }

    @Test
    void aCriteriaTableImportWithBadRowsNamesThemAndSavesNothing() throws Exception {
        byte[] exported = download("/admin/scoring/tables/" + f.tableId + "/export.xlsx", "admin");
        Workbook book = WorkbookFactory.create(new ByteArrayInputStream(exported));
        Sheet sheet = book.getSheetAt(0);
        sheet.getRow(2).getCell(5).setCellValue("GUESS");
        sheet.getRow(3).getCell(4).setCellValue("nhiều");
        long target = emptyTable(2024);
        mvc.perform(multipart("/admin/scoring/tables/{id}/import", target)
                        .file(new MockMultipartFile("file", "bang.xlsx", "application/octet-stream", write(book)))
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"import-errors\"")))
                .andExpect(content().string(containsString("Dòng 3: Cách chấm &quot;GUESS&quot; không hợp lệ")))
                .andExpect(content()
                        .string(containsString(
                                "Dòng 4: Cột &quot;Điểm tối đa&quot;: &quot;nhiều&quot; không phải là số hợp lệ.")));

        book = WorkbookFactory.create(new ByteArrayInputStream(exported));
        Row extra = book.getSheetAt(0).createRow(book.getSheetAt(0).getLastRowNum() + 1);
        extra.createCell(0).setCellValue("IX.1");
        extra.createCell(1).setCellValue("IX");
        extra.createCell(2).setCellValue("CRITERION");
        extra.createCell(3).setCellValue("Không có nhóm cha");
        extra.createCell(4).setCellValue(1);
        extra.createCell(5).setCellValue("MANUAL");
        mvc.perform(multipart("/admin/scoring/tables/{id}/import", target)
                        .file(new MockMultipartFile("file", "bang.xlsx", "application/octet-stream", write(book)))
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có nhóm cha mã &quot;IX&quot;")));
        assertThat(jdbc.queryForObject("select count(*) from criterion_node where table_id = ?", Integer.class, target))
                .isZero();
    }

    @Test
    void somethingElseThanAnExcelFileIsRefusedWithAMessage() throws Exception {
        long target = emptyTable(2025);
        mvc.perform(multipart("/admin/scoring/tables/{id}/import", target)
                        .file(new MockMultipartFile(
                                "file", "bang.xlsx", "application/octet-stream", "<html>not excel</html>".getBytes()))
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không đọc được tệp")));
    }

    @Test
    void aUnitFillsItsSheetOfflineAndImportsItBackOnlyWhenEveryRowIsValid() throws Exception {
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().plusDays(10), null, null);
        f.target("I.1", "500");
        SecurityContextHolder.clearContext();
        long sheetId = f.sheetOf(f.unitB);
        byte[] exported = download("/scoring/sheets/" + sheetId + "/export.xlsx", f.officerB);

        Workbook book = WorkbookFactory.create(new ByteArrayInputStream(exported));
        Sheet sheet = book.getSheetAt(0);
        for (Row row : sheet) {
            String code = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
            switch (code) {
                case "I.1" -> {
                    row.createCell(4).setCellValue(612.48);
                    row.createCell(5).setCellValue(512.35);
                }
                case "I.2" -> row.createCell(4).setCellValue("45");
                case "II.1" -> row.createCell(4).setCellValue(1);
                case "II.2" -> row.createCell(4).setCellValue("27,5");
                case "T.1" -> row.createCell(4).setCellValue(0);
                case "TR.1" -> row.createCell(4).setCellValue(2);
                default -> {}
            }
        }
        byte[] invalid = write(book);
        mvc.perform(multipart("/scoring/sheets/{id}/import", sheetId)
                        .file(new MockMultipartFile("file", "phieu.xlsx", "application/octet-stream", invalid))
                        .param("version", String.valueOf(f.version(sheetId)))
                        .with(Users.as(jdbc, f.officerB))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiêu chí I.2: điểm phải từ 0 đến 40.")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_line where sheet_id = ? and self_value is not null",
                        Integer.class,
                        sheetId))
                .isZero();

        book = WorkbookFactory.create(new ByteArrayInputStream(invalid));
        for (Row row : book.getSheetAt(0)) {
            if (row.getCell(0) != null && "I.2".equals(row.getCell(0).getStringCellValue())) {
                row.getCell(4).setCellValue(38);
            }
        }
        mvc.perform(multipart("/scoring/sheets/{id}/import", sheetId)
                        .file(new MockMultipartFile("file", "phieu.xlsx", "application/octet-stream", write(book)))
                        .param("version", String.valueOf(f.version(sheetId)))
                        .with(Users.as(jdbc, f.officerB))
                        .with(csrf()))
                .andExpect(redirectedUrl("/scoring/sheets/" + sheetId));
        assertThat(jdbc.queryForObject("""
                select self_score from score_line l join criterion_node n on n.id = l.node_id where l.sheet_id = ? and n.code = 'II.2'""", BigDecimal.class, sheetId)).isEqualByComparingTo("27.5");
        assertThat(jdbc.queryForObject("""
                select self_score from score_line l join criterion_node n on n.id = l.node_id where l.sheet_id = ? and n.code = 'TR.1'""", BigDecimal.class, sheetId)).isEqualByComparingTo("4");
        // The target column of the file is only for reading: the round's target is kept, not the file's 512,35.
        assertThat(jdbc.queryForObject("""
                select self_target from score_line l join criterion_node n on n.id = l.node_id where l.sheet_id = ? and n.code = 'I.1'""", BigDecimal.class, sheetId)).isEqualByComparingTo("500");
        // Another unit's officer cannot download this sheet.
        mvc.perform(get("/scoring/sheets/" + sheetId + "/export.xlsx").with(Users.as(jdbc, f.officerC)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRankingAndEverySheetDownloadForStaff() throws Exception {
        f.as("admin");
        roundOpening.open(f.termId, null, null, null);
        SecurityContextHolder.clearContext();
        byte[] ranking = download("/scoring/rounds/" + f.roundId() + "/ranking.xlsx", "thamdinh");
        // The table's header comes after the title block (title, cluster, provisional or final, date, a blank row).
        assertThat(WorkbookFactory.create(new ByteArrayInputStream(ranking))
                        .getSheetAt(0)
                        .getRow(5)
                        .getCell(0)
                        .getStringCellValue())
                .isEqualTo("Hạng");
        byte[] sheets = download("/scoring/rounds/" + f.roundId() + "/sheets.xlsx", "admin");
        // Below the header: for each of the 3 sheets, its 6 criteria, a subtotal for each of the 4 groups and a total.
        assertThat(WorkbookFactory.create(new ByteArrayInputStream(sheets))
                        .getSheetAt(0)
                        .getLastRowNum())
                .isEqualTo(5 + 3 * (6 + 4 + 1));
    }
}
