package vn.thidua.award.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The import of past awards: a good file written as imported decisions (all or nothing, audited, never twice), a file
 * with bad rows refused with every error named by row and column, files too large or not spreadsheets refused, and
 * anyone but an administrator refused before the file is read.
 */
class HistoryImportTest extends IntegrationTest {

    static final String URL = "/admin/award-history/import";

    HistoryFixture f;
    String unitCode;
    long unit;

    @BeforeEach
    void setUp() {
        f = HistoryFixture.create(jdbc);
        unit = f.unit("Nhập");
        unitCode = jdbc.queryForObject("select code from unit where id = ?", String.class, unit);
    }

    /** A workbook with the template's header and these rows. */
    static byte[] xlsx(List<String[]> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Lịch sử");
            Row header = sheet.createRow(0);
            String[] names = {
                "Năm",
                "Số QĐ",
                "Ngày QĐ",
                "Cơ quan",
                "Người ký",
                "Chức vụ",
                "Mã hình thức",
                "Mã đơn vị",
                "Họ tên",
                "Chức vụ cá nhân",
                "Thành tích"
            };
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    String[] row(
            String year,
            String number,
            String date,
            String type,
            String code,
            String person,
            String position,
            String achievement) {
        return new String[] {
            year,
            number,
            date,
            "Ủy ban nhân dân tỉnh An Giang",
            "Người ký " + f.tag,
            "Chủ tịch",
            type,
            code,
            person,
            position,
            achievement
        };
    }

    private MvcResult upload(String user, MockHttpSession session, String name, byte[] content) throws Exception {
        return mvc.perform(multipart(URL)
                        .file(new MockMultipartFile("file", name, HistoryImportController_XLSX, content))
                        .session(session)
                        .with(Users.as(jdbc, user))
                        .with(csrf()))
                .andReturn();
    }

    static final String HistoryImportController_XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static String body(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    private int decisionsTagged() {
        return jdbc.queryForObject(
                "select count(*) from award_decision where number like ?", Integer.class, "%" + f.tag + "%");
    }

    @Test
    void aGoodFileIsCheckedThenWrittenAsImportedDecisionsGroupedByNumberAndDateAndNeverTwice() throws Exception {
        byte[] file = xlsx(List.of(
                row("2004", "1/" + f.tag, "20/01/2005", "CO_TINH", unitCode, "", "", "Dẫn đầu cụm năm 2004"),
                row(
                        "2004",
                        "1/" + f.tag,
                        "20/01/2005",
                        "BK_CHU_TICH",
                        unitCode.toLowerCase(),
                        "",
                        "",
                        "Hoàn thành xuất sắc nhiệm vụ năm 2004"),
                row("2003", "2/" + f.tag, "15/02/2004", "BK_CHU_TICH", unitCode, "", "", "Năm 2003")));
        MockHttpSession session = new MockHttpSession();
        MvcResult uploaded = upload("admin", session, "lich-su.xlsx", file);
        assertThat(uploaded.getResponse().getStatus()).isEqualTo(302);
        String preview = uploaded.getResponse().getRedirectedUrl();
        String page = body(mvc.perform(get(preview).session(session).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("data-testid=\"import-valid\"", "3 khen thưởng trong 2 quyết định");
        assertThat(decisionsTagged()).isZero();

        MvcResult confirmed = mvc.perform(post(preview)
                        .session(session)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(confirmed.getResponse().getStatus()).isEqualTo(302);
        assertThat(decisionsTagged()).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select distinct source from award_decision where number like ?",
                        String.class,
                        "%" + f.tag + "%"))
                .containsExactly("IMPORTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_granted g join award_decision d on d.id = g.decision_id where d.number = ?",
                        Integer.class,
                        "1/" + f.tag))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select g.register_number from award_granted g join award_decision d on d.id = g.decision_id "
                                + "where d.number like ? order by g.id",
                        String.class,
                        "%" + f.tag + "%"))
                .allSatisfy(n -> assertThat(n).matches("200[45]/\\d{5}"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event e join award_decision d on d.id = e.entity_id "
                                + "where e.action = 'AWARD_HISTORY_IMPORTED' and e.entity_type = 'AwardHistoryImport' and d.number like ?",
                        Integer.class,
                        "%" + f.tag + "%"))
                .isEqualTo(2);
        String history = body(mvc.perform(get("/units/" + unit + "/awards").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(history).contains("1/" + f.tag, "2/" + f.tag, "Năm 2004", "Năm 2003", "Dẫn đầu cụm năm 2004");

        // The same file again: each row names the decision already recorded, and nothing more is written.
        MvcResult again = upload("admin", new MockHttpSession(), "lich-su.xlsx", file);
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(again))
                .contains(
                        "data-testid=\"import-invalid\"",
                        "Quyết định số 1/" + f.tag + " ngày 20/01/2005 đã được ghi nhận");
        assertThat(decisionsTagged()).isEqualTo(2);
    }

    @Test
    void aFileWithBadRowsNamesEveryErrorByRowAndColumnAndSavesNothing() throws Exception {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("2004", "3/" + f.tag, "20/01/2005", "CO_TINH", unitCode, "", "", "Dòng đúng"));
        rows.add(row("2004", "3/" + f.tag, "20/01/2005", "KHONG_CO", unitCode, "", "", "Mã sai"));
        rows.add(row("1999", "4/" + f.tag, "31/02/2005", "CO_TINH", "KHONG-CO-" + f.tag, "", "", "Ngày sai"));
        rows.add(row("2004", "", "20/01/2005", "CO_TINH", unitCode, "Nguyễn Văn Tập Thể", "", ""));
        rows.add(row("2004", "3/" + f.tag, "20/01/2005", "BK_CHU_TICH", unitCode, "", "", "x".repeat(2001)));
        rows.add(new String[] {
            "2004",
            "3/" + f.tag,
            "20/01/2005",
            "Cơ quan khác",
            "Người ký " + f.tag,
            "Chủ tịch",
            "BK_CHU_TICH",
            unitCode,
            "",
            "",
            "Khác cơ quan"
        });
        MvcResult result = upload("admin", new MockHttpSession(), "loi.xlsx", xlsx(rows));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = body(result);
        assertThat(page).contains("data-testid=\"import-invalid\"");
        // Each problem is named after its column.
        String text = page.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace(" :", ":");
        assertThat(text)
                .contains(
                        "6 dòng, 5 dòng có lỗi",
                        "Mã hình thức khen thưởng: Không có hình thức khen thưởng mã “KHONG_CO”.",
                        "Năm khen thưởng: Không phải năm hợp lệ",
                        "Ngày quyết định: “31/02/2005” không phải ngày dạng dd/mm/yyyy.",
                        "Mã đơn vị: Không có đơn vị mã “KHONG-CO-" + f.tag + "”.",
                        "Số quyết định: Chưa nhập.",
                        "Thành tích: Chưa nhập.",
                        "Họ tên cá nhân: Hình thức này dành cho tập thể",
                        "Chức vụ cá nhân: Cần chức vụ của cá nhân.",
                        "Thành tích: Dài quá 2000 ký tự (hiện có 2001).",
                        "Cơ quan ban hành: Khác với dòng 2 của cùng quyết định")
                .doesNotContain("DECISION_NUMBER", "history.import");
        assertThat(page).doesNotContain("data-testid=\"import-confirm\"");
        // Each problem sits in its row.
        assertThat(page).contains("data-row=\"3\"", "data-row=\"7\"");
        assertThat(decisionsTagged()).isZero();
    }

    @Test
    void aFileTooLargeOrNotASpreadsheetIsRefusedWithAMessage() throws Exception {
        byte[] large = new byte[(int) HistoryImportService.MAX_FILE_BYTES + 1];
        new Random(1).nextBytes(large);
        large[0] = 0x50;
        large[1] = 0x4B;
        large[2] = 0x03;
        large[3] = 0x04;
        assertThat(body(upload("admin", new MockHttpSession(), "lon.xlsx", large)))
                .contains("data-testid=\"import-error\"", "Tệp quá lớn: tối đa 2 MB");
        List<String[]> many = new ArrayList<>();
        for (int i = 0; i <= HistoryImportService.MAX_ROWS; i++) {
            many.add(row("2004", "9/" + f.tag, "20/01/2005", "BK_CHU_TICH", unitCode, "", "", "Dòng " + i));
        }
        assertThat(body(upload("admin", new MockHttpSession(), "nhieu.xlsx", xlsx(many))))
                .contains("Tệp có quá nhiều dòng: tối đa 2000 dòng khen thưởng");
        assertThat(decisionsTagged()).isZero();
        assertThat(body(upload("admin", new MockHttpSession(), "quyet-dinh.pdf", "%PDF-1.4\n%%EOF\n".getBytes())))
                .contains("Tệp không phải tệp Excel (.xlsx)");
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(body(upload("admin", new MockHttpSession(), "cu.xls", ole))).contains("Không nhận tệp .xls");
        assertThat(body(upload("admin", new MockHttpSession(), "hong.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2})))
                .contains("data-testid=\"import-error\"");
        assertThat(body(upload("admin", new MockHttpSession(), "trong.xlsx", xlsx(List.of()))))
                .contains("Tệp không có dòng khen thưởng nào");
    }

    @Test
    void onlyAnAdministratorImportsOthersAreRefusedBeforeTheFileIsRead() throws Exception {
        byte[] file = xlsx(List.<String[]>of(
                row("2004", "5/" + f.tag, "20/01/2005", "CO_TINH", unitCode, "", "", "Không được nhập")));
        for (String user : new String[] {"thamdinh", "anphu", "cumtruong2"}) {
            assertThat(upload(user, new MockHttpSession(), "lich-su.xlsx", file)
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
            // Not even a broken file gets an answer about its content.
            assertThat(upload(user, new MockHttpSession(), "hong.xlsx", new byte[] {1, 2, 3})
                            .getResponse()
                            .getStatus())
                    .as(user)
                    .isEqualTo(403);
            assertThat(mvc.perform(get(URL).with(Users.as(jdbc, user)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        // Another organiser's administrator does not find An Giang's unit code.
        String page = body(upload("kiengiang", new MockHttpSession(), "lich-su.xlsx", file));
        assertThat(page).contains("Không có đơn vị mã “" + unitCode + "”");
        assertThat(decisionsTagged()).isZero();
    }

    @Test
    void theTemplateHasEveryColumnInOrder() throws Exception {
        byte[] template = mvc.perform(get(URL + "/template.xlsx").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Năm khen thưởng");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Thành tích");
            assertThat(header.getLastCellNum()).isEqualTo((short) 11);
        }
        assertThat(body(mvc.perform(get(URL).with(Users.as(jdbc, "admin"))).andReturn()))
                .contains("data-testid=\"template-xlsx\"", "Mã hình thức khen thưởng");
    }
}
