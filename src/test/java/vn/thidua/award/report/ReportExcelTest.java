package vn.thidua.award.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.award.report.ReportFixture.Item;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The report's spreadsheet read back: three sheets, Vietnamese headers, dates dd/MM/yyyy, no raw codes. */
class ReportExcelTest extends IntegrationTest {

    private static final Pattern RAW_CODE = Pattern.compile(
            "\\b(ACCEPTED|REJECTED|SUBMITTED|RETURNED|REVIEWED|COLLECTIVE|INDIVIDUAL|MALE|FEMALE|PROVINCE|GOVERNMENT"
                    + "|STATE|ORGANIZER|TITLE|COMMENDATION|REVOKED|AMENDED|EMULATION_YEAR|REPORTING_YEAR)\\b");

    @Test
    void theWorkbookHoldsTheCountTheProposalsAndTheDecisionsInWords() throws Exception {
        ReportFixture f = ReportFixture.create(jdbc);
        List<Long> items = f.proposal(
                2021,
                "REVIEWED",
                Item.collective(f.flag, f.chauThanh),
                new Item(f.merit, f.anPhu, "Trần Thị Lan", "REJECTED"));
        DecisionFixture decision = DecisionFixture.record(jdbc, f.organizerId, 2021);
        f.decide(decision.decisionId, items.get(0));
        decision.grant(f.merit, f.choMoi, "Phạm Văn Minh", "Chủ tịch", "Thành tích");
        long revoked = decision.grant(f.flag, f.anPhu, "Thành tích");
        DecisionFixture.revoke(jdbc, revoked, "Sai sót");

        byte[] body = mvc.perform(get("/reports/awards/export?year=2021").with(Users.as(jdbc, f.admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Thống kê");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Đề nghị");
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("Quyết định");

            List<List<String>> counts = rows(workbook.getSheetAt(0));
            assertThat(counts.get(0).get(0)).isEqualTo("Số lượng khen thưởng năm 2021");
            assertThat(counts)
                    .anySatisfy(r -> assertThat(r)
                            .containsSequence(
                                    "STT",
                                    "Danh hiệu, hình thức khen thưởng",
                                    "Loại",
                                    "Tổng số",
                                    "Tập thể",
                                    "Cá nhân"));
            // The flag: Châu Thành counted, An Phú's revoked flag apart; the certificate to one person.
            assertThat(counts)
                    .anySatisfy(r -> assertThat(r)
                            .containsExactly(
                                    "1",
                                    "Cờ thi đua của Ủy ban nhân dân tỉnh",
                                    "Danh hiệu thi đua",
                                    "1",
                                    "1",
                                    "0",
                                    "0",
                                    "1"));
            assertThat(counts)
                    .anySatisfy(r -> assertThat(r)
                            .containsExactly(
                                    "2",
                                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                                    "Hình thức khen thưởng",
                                    "1",
                                    "0",
                                    "1",
                                    "0",
                                    "0"));
            assertThat(counts)
                    .anySatisfy(r -> assertThat(r).containsExactly("", "Tổng cộng", "", "2", "1", "1", "0", "1"));

            List<List<String>> proposals = rows(workbook.getSheetAt(1));
            assertThat(proposals)
                    .anySatisfy(r -> assertThat(r)
                            .contains(
                                    "Đã thẩm định",
                                    "Cờ thi đua của Ủy ban nhân dân tỉnh",
                                    "Tập thể",
                                    "Ủy ban nhân dân huyện Châu Thành",
                                    "Chấp thuận",
                                    "Có"));
            assertThat(proposals)
                    .anySatisfy(r -> assertThat(r)
                            .contains(
                                    "Trần Thị Lan", "Nữ", "Không chấp thuận", "Lý do nội bộ không công khai", "Chưa"));

            List<List<String>> decisions = rows(workbook.getSheetAt(2));
            assertThat(decisions)
                    .anySatisfy(r -> assertThat(r)
                            .contains(decision.number, "15/01/2022", "Phạm Văn Minh", "Cá nhân", "Cấp tỉnh"));
            assertThat(decisions)
                    .anySatisfy(r -> assertThat(r.get(r.size() - 1))
                            .startsWith("Thu hồi theo Quyết định số")
                            .endsWith("14/02/2022"));

            for (int s = 0; s < 3; s++) {
                for (List<String> row : rows(workbook.getSheetAt(s))) {
                    for (String cell : row) {
                        assertThat(RAW_CODE.matcher(cell).find())
                                .as("raw code in %s", cell)
                                .isFalse();
                        assertThat(cell).doesNotMatch(".*\\d{4}-\\d{2}-\\d{2}.*");
                    }
                }
            }
        }
    }

    @Test
    void aYearWithoutDataStillGivesAWorkbookThatSaysSo() throws Exception {
        ReportFixture f = ReportFixture.create(jdbc);
        byte[] body = mvc.perform(get("/reports/awards/export?year=2035&period=REPORTING_YEAR")
                        .with(Users.as(jdbc, f.reviewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(rows(workbook.getSheetAt(0)))
                    .anySatisfy(r -> assertThat(r).contains("Tổng cộng"));
            assertThat(rows(workbook.getSheetAt(0)).get(2).get(0)).contains("01/12/2034", "30/11/2035");
            assertThat(rows(workbook.getSheetAt(1)))
                    .anySatisfy(r -> assertThat(r).contains("Chưa có đề nghị nào được trình."));
            assertThat(rows(workbook.getSheetAt(2)))
                    .anySatisfy(r -> assertThat(r).contains("Chưa có quyết định nào trong kỳ này."));
        }
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    cells.add("");
                } else if (cell.getCellType() == CellType.NUMERIC) {
                    cells.add(String.valueOf((long) cell.getNumericCellValue()));
                } else {
                    cells.add(cell.getStringCellValue());
                }
            }
            rows.add(cells);
        }
        return rows;
    }
}
