package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The round's exports have a title block (what, cluster and year, provisional or final, date of export), readable
 * columns, names built from the cluster's code and year, and the all-sheets export adds up each group.
 */
class ExportLayoutTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    RoundService roundService;

    @Autowired
    SelfScoringService selfScoring;

    ScoringFixture f;

    @BeforeEach
    void setUp() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().plusDays(10), null, null);
        f.target("I.1", "100");
        long sheet = f.sheetOf(f.unitB);
        f.as(f.officerB);
        Map<String, ScoreSheet.SelfEntry> values = new HashMap<>();
        values.put("I.1", new ScoreSheet.SelfEntry(new BigDecimal("100"), null));
        values.put("I.2", new ScoreSheet.SelfEntry(new BigDecimal("30.5"), null));
        values.put("II.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, null));
        values.put("II.2", new ScoreSheet.SelfEntry(new BigDecimal("20"), null));
        values.put("T.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
        values.put("TR.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, null));
        selfScoring.saveDraft(sheet, f.version(sheet), values);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAllSheetsExportHasATitleBlockReadableColumnsAndSubtotals() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/scoring/rounds/{id}/sheets.xlsx", f.roundId()).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .contains("phieu-cham-diem-" + f.tag + "-2021.xlsx")
                .doesNotContain("-" + f.roundId() + ".xlsx");
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("PHIẾU CHẤM ĐIỂM CỦA CÁC ĐƠN VỊ");
            assertThat(text(sheet, 1, 0)).isEqualTo("Cụm, khối: " + f.clusterName() + " · Năm 2021");
            assertThat(text(sheet, 2, 0)).isEqualTo("Kết quả tạm tính, chưa chính thức");
            assertThat(text(sheet, 3, 0))
                    .startsWith("Ngày xuất: ")
                    .matches("Ngày xuất: \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            assertThat(text(sheet, 5, 3)).isEqualTo("Nội dung tiêu chí");
            // The criterion's text is wide enough to read; no column is left at Excel's narrow default.
            assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo(50 * 256);
            for (int c = 0; c < 15; c++) {
                assertThat(sheet.getColumnWidth(c)).isGreaterThanOrEqualTo(8 * 256);
            }
            double figure = code(sheet, f.unitName("B"), "I.1").getCell(7).getNumericCellValue();
            Row subtotalI = find(sheet, f.unitName("B"), "Cộng I ");
            assertThat(subtotalI.getCell(7).getNumericCellValue()).isEqualTo(figure + 30.5);
            assertThat(find(sheet, f.unitName("B"), "Cộng TR ").getCell(7).getNumericCellValue())
                    .isEqualTo(2);
            // The total adds the groups and the bonus and takes the deductions off, as the sheet page does.
            Row total = find(sheet, f.unitName("B"), "Tổng điểm của");
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(figure + 30.5 + 30 + 0 - 2);
            assertThat(text(find(sheet, f.unitName("B"), "Đạt"), 5)).isEqualTo("Đạt");
        }
    }

    @Test
    void theRankingIsNamedAfterTheClusterAndYearAndSaysItIsProvisional() throws Exception {
        f.as("admin");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.REVIEW, null);
        SecurityContextHolder.clearContext();
        MockHttpServletResponse response = mvc.perform(
                        get("/scoring/rounds/{id}/ranking.xlsx", f.roundId()).with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains("xep-hang-" + f.tag + "-2021.xlsx");
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("BẢNG XẾP HẠNG THI ĐUA");
            assertThat(text(sheet, 1, 0)).contains(f.clusterName(), "2021");
            assertThat(text(sheet, 2, 0)).isEqualTo("Kết quả tạm tính, chưa chính thức");
            assertThat(sheet.getColumnWidth(2)).isGreaterThanOrEqualTo(40 * 256);
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        return text(sheet.getRow(row), column);
    }

    private static String text(Row row, int column) {
        return row == null || row.getCell(column) == null
                ? ""
                : row.getCell(column).toString();
    }

    private static Row code(Sheet sheet, String unitName, String code) {
        for (Row row : sheet) {
            if (unitName.equals(text(row, 1)) && code.equals(text(row, 2))) {
                return row;
            }
        }
        throw new AssertionError("no criterion " + code + " for " + unitName);
    }

    /** The first row of the unit's rows whose criterion cell (or value cell) starts with {@code start}. */
    private static Row find(Sheet sheet, String unitName, String start) {
        for (Row row : sheet) {
            if (unitName.equals(text(row, 1))
                    && (text(row, 3).startsWith(start) || text(row, 5).equals(start))) {
                return row;
            }
        }
        throw new AssertionError("no row " + start + " for " + unitName);
    }
}
