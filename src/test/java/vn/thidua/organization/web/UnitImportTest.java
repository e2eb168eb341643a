package vn.thidua.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.organization.web.UnitPagesTest.hides;
import static vn.thidua.organization.web.UnitPagesTest.shows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.thidua.organization.internal.UnitImportService;
import vn.thidua.support.HostileWorkbooks;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** Importing units from .xlsx and .csv files: preview with per-row errors, all or nothing, templates. */
class UnitImportTest extends IntegrationTest {

    static final String HEADER = "Mã đơn vị;Tên đầy đủ;Tên viết tắt;Cấp;Mã đơn vị cấp trên\r\n";

    private final MockHttpSession session = new MockHttpSession();

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B signed(B request) {
        return request.session(session).with(Users.as(jdbc, "admin")).with(csrf());
    }

    /** Uploads a file; returns the preview address it leads to, or the upload page's result when it was refused. */
    private MvcResult upload(String fileName, byte[] content) throws Exception {
        return mvc.perform(signed(multipart("/admin/units/import")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))))
                .andReturn();
    }

    private String previewOf(String fileName, byte[] content) throws Exception {
        MvcResult result = upload(fileName, content);
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(302);
        String preview = result.getResponse().getRedirectedUrl();
        assertThat(preview).startsWith("/admin/units/import/");
        return preview;
    }

    private int count(String codeLike) {
        Integer count = jdbc.queryForObject("select count(*) from unit where code like ?", Integer.class, codeLike);
        return count == null ? 0 : count;
    }

    static byte[] xlsx(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đơn vị");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    String value = rows[r][c];
                    if (value.matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    @Test
    void goodXlsxIsPreviewedThenSavedInOneGoOnConfirmation() throws Exception {
        String preview = previewOf(
                "don-vi.xlsx",
                xlsx(
                        new String[] {"Mã đơn vị", "Tên đầy đủ", "Tên viết tắt", "Cấp", "Mã đơn vị cấp trên"},
                        new String[] {"IX-CON", "Chi cục Thử Nhập", "Chi cục Thử", "so, ban, nganh", "ix-cha"},
                        new String[] {"IX-CHA", "Sở Thử Nhập", "Sở Thử", "Sở, ban, ngành", ""},
                        new String[] {"IX-XA", "Ủy ban nhân dân xã Thử Nhập", "Xã Thử Nhập", "XÃ", "SNN"},
                        new String[] {"91234", "Phường Số", "Phường Số", "COMMUNE", ""}));

        mvc.perform(signed(get(preview)))
                .andExpect(status().isOk())
                .andExpect(shows(
                        "import-valid", "Xác nhận nhập", "IX-CON", "Chi cục Thử Nhập", "91234", "Xã, phường, đặc khu"))
                .andExpect(hides("table-danger"));
        assertThat(count("IX-%") + count("91234")).isZero();

        mvc.perform(signed(post(preview))).andExpect(redirectedUrl("/admin/units"));
        assertThat(count("IX-%")).isEqualTo(3);
        assertThat(count("91234")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select p.code from unit u join unit p on p.id = u.parent_id where u.code = 'IX-CON'",
                        String.class))
                .isEqualTo("IX-CHA");
        assertThat(jdbc.queryForObject(
                        "select p.code from unit u join unit p on p.id = u.parent_id where u.code = 'IX-XA'",
                        String.class))
                .isEqualTo("SNN");
        assertThat(jdbc.queryForObject("select level from unit where code = 'IX-XA'", String.class))
                .isEqualTo("COMMUNE");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event a join unit u on u.id = a.entity_id
                where a.action = 'UNIT_IMPORTED' and a.actor = 'admin' and u.code like 'IX-%'""", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'UNITS_IMPORTED' and summary = '4 units'",
                        Integer.class))
                .isEqualTo(1);

        // The confirmation cannot be replayed: the pending rows are gone.
        mvc.perform(signed(post(preview))).andExpect(redirectedUrl("/admin/units/import"));
        assertThat(count("IX-%")).isEqualTo(3);
    }

    @Test
    void goodCsvWithSemicolonsAndAByteOrderMarkIsImported() throws Exception {
        String preview = previewOf(
                "don-vi.csv",
                withBom(HEADER
                        + "IC-1;\"Ủy ban nhân dân xã Hòa; Bình\";Hòa Bình;xa, phuong, dac khu;\r\n"
                        + "IC-2;Ủy ban nhân dân phường Thử;Phường Thử;Xã, phường, đặc khu;IC-1\r\n"
                        + ";;;;\r\n"));
        mvc.perform(signed(get(preview))).andExpect(shows("import-valid", "Ủy ban nhân dân xã Hòa; Bình"));
        mvc.perform(signed(post(preview))).andExpect(redirectedUrl("/admin/units"));
        assertThat(jdbc.queryForObject("select name from unit where code = 'IC-1'", String.class))
                .isEqualTo("Ủy ban nhân dân xã Hòa; Bình");
        assertThat(count("IC-%")).isEqualTo(2);
    }

    @Test
    void commaSeparatedCsvWithoutHeaderOrBomIsReadByColumnOrder() throws Exception {
        String preview = previewOf(
                "units.csv",
                ("IP-1,Sở Không Tiêu Đề,Sở KTĐ,PROVINCE_DEPARTMENT\n"
                                + "IP-2,\"Chi cục, có dấu phẩy\",Chi cục,\"Sở, ban, ngành\",IP-1\n")
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(signed(get(preview))).andExpect(shows("import-valid", "Chi cục, có dấu phẩy"));
        mvc.perform(signed(post(preview))).andExpect(redirectedUrl("/admin/units"));
        assertThat(count("IP-%")).isEqualTo(2);
    }

    @Test
    void badRowsAreListedWithTheirRowNumbersAndNothingIsSaved() throws Exception {
        String tooLong = "X".repeat(256);
        String preview = previewOf(
                "loi.xlsx",
                xlsx(
                        new String[] {"Mã đơn vị", "Tên đầy đủ", "Tên viết tắt", "Cấp", "Mã đơn vị cấp trên"},
                        new String[] {"IB-OK", "Đơn vị hợp lệ", "Hợp lệ", "Xã", ""},
                        new String[] {"IB-NONAME", "", "Thiếu tên", "Xã", ""},
                        new String[] {"IB-LEVEL", "Cấp lạ", "Cấp lạ", "Thôn", ""},
                        new String[] {"IB-OK", "Trùng trong tệp", "Trùng", "Xã", ""},
                        new String[] {"ct", "Trùng đơn vị có sẵn", "Trùng", "Xã", ""},
                        new String[] {"IB-PARENT", "Cấp trên lạ", "Cấp trên lạ", "Xã", "KHONG-CO"},
                        new String[] {"IB-LONG", tooLong, "Dài", "Xã", ""},
                        new String[] {"IB BAD", "Mã có khoảng trắng", "Mã sai", "Xã", ""},
                        new String[] {"IB-LOOP1", "Vòng một", "Vòng một", "Xã", "IB-LOOP2"},
                        new String[] {"IB-LOOP2", "Vòng hai", "Vòng hai", "Xã", "IB-LOOP1"},
                        new String[] {"IB-CITY", "Thành phố mơ hồ", "Mơ hồ", "Thành phố", ""}));

        mvc.perform(signed(get(preview)))
                .andExpect(status().isOk())
                .andExpect(shows(
                        "import-invalid",
                        "Chưa có dữ liệu nào được lưu",
                        "data-row=\"3\"",
                        "Thiếu tên đầy đủ.",
                        "Cấp “Thôn” không hợp lệ.",
                        "Mã IB-OK trùng với dòng 2 của tệp.",
                        "Mã CT đã có trong danh mục (Ủy ban nhân dân huyện Châu Thành).",
                        "Không có đơn vị cấp trên mã KHONG-CO trong danh mục hay trong tệp.",
                        "Tên đầy đủ dài quá 255 ký tự.",
                        "Mã đơn vị chỉ gồm chữ cái không dấu",
                        "Các dòng lấy nhau làm cấp trên thành vòng lặp.",
                        "Cấp “Thành phố” không hợp lệ.",
                        "loi.xlsx: 11 dòng dữ liệu, 10 dòng có lỗi."))
                .andExpect(hides("import-confirm"));

        // Posting the confirmation anyway saves nothing: the rows are checked again on the server.
        mvc.perform(signed(post(preview))).andExpect(status().isOk()).andExpect(shows("import-invalid"));
        assertThat(count("IB%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from unit where code = 'ct'", Integer.class))
                .isZero();
    }

    @Test
    void rowsAreCheckedAgainWhenConfirmed() throws Exception {
        String preview = previewOf(
                "lai.csv",
                (HEADER + "IR-1;Đơn vị một;Một;Xã;\r\nIR-2;Đơn vị hai;Hai;Xã;\r\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(signed(get(preview))).andExpect(shows("import-valid"));
        // Meanwhile someone creates one of the codes.
        mvc.perform(post("/admin/units")
                .with(Users.as(jdbc, "admin"))
                .with(csrf())
                .param("code", "ir-2")
                .param("name", "Tạo trước")
                .param("shortName", "Trước")
                .param("level", "COMMUNE"));

        mvc.perform(signed(post(preview)))
                .andExpect(status().isOk())
                .andExpect(shows("Danh mục đơn vị đã thay đổi kể từ lúc kiểm tra", "Mã ir-2 đã có trong danh mục"));
        assertThat(count("IR-%")).isZero();
    }

    @Test
    void filesThatAreNotUsableAreRefusedWithAMessage() throws Exception {
        record Case(String name, byte[] content, String message) {}
        byte[] tooLarge = new byte[(int) (2 * 1024 * 1024 + 1)];
        for (Case bad : new Case[] {
            new Case(
                    "units.pdf",
                    "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                    "Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv)."),
            new Case("units.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "Không nhận tệp .xls"),
            new Case("units.xlsx", "not a zip".getBytes(StandardCharsets.US_ASCII), "Không đọc được tệp"),
            new Case(
                    "units.csv",
                    "IE-1;Xã Hòa;Hòa;Xã\n".getBytes(Charset.forName("windows-1252")),
                    "phải lưu với bảng mã UTF-8"),
            new Case("units.csv", "IE-1;\"Xã Hòa;Hòa;Xã\n".getBytes(StandardCharsets.UTF_8), "sai cấu trúc"),
            new Case(
                    "units.csv",
                    "Mã đơn vị;Tên đầy đủ;Cấp\nIE-1;Xã;Xã\n".getBytes(StandardCharsets.UTF_8),
                    "Dòng tiêu đề phải có đủ các cột"),
            new Case("units.csv", HEADER.getBytes(StandardCharsets.UTF_8), "Tệp không có dòng dữ liệu nào."),
            new Case("units.csv", tooLarge, "Tệp quá lớn: dung lượng tối đa là 2 MB.")
        }) {
            mvc.perform(signed(multipart("/admin/units/import")
                            .file(new MockMultipartFile(
                                    "file", bad.name(), "application/octet-stream", bad.content()))))
                    .andExpect(status().isOk())
                    .andExpect(shows("import-error", bad.message()))
                    .andExpect(hides("Exception"));
        }
        mvc.perform(signed(multipart("/admin/units/import")))
                .andExpect(shows("Vui lòng chọn một tệp .xlsx hoặc .csv."));
        assertThat(count("IE-%")).isZero();
    }

    /** 300,000 rows of a small number: 1.5 MB packed, 16 MB unpacked; the old reader built all of it in memory. */
    @Test
    void hostileSpreadsheetsAreTurnedAwayPromptlyAndTheServerAnswersTheNextRequest() throws Exception {
        byte[] huge = HostileWorkbooks.hugeSheet(300_000, 1);
        assertThat(huge.length).isLessThan((int) UnitImportService.MAX_FILE_BYTES);
        long start = System.nanoTime();
        mvc.perform(signed(multipart("/admin/units/import")
                        .file(new MockMultipartFile("file", "units.xlsx", "application/octet-stream", huge))))
                .andExpect(status().isOk())
                .andExpect(shows("import-error", "Tệp có quá nhiều dòng: tối đa 5000 dòng mỗi lần nhập."));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

        mvc.perform(signed(multipart("/admin/units/import")
                        .file(new MockMultipartFile(
                                "file", "units.xlsx", "application/octet-stream", HostileWorkbooks.zipBomb(100)))))
                .andExpect(status().isOk())
                .andExpect(shows("import-error", "Tệp bị nén bất thường"));

        start = System.nanoTime();
        mvc.perform(signed(get("/admin/units/import"))).andExpect(status().isOk());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anUploadOverTheLimitIsTurnedAwayBeforeItIsParsed() throws Exception {
        byte[] body = new byte[(int) (3 * 1024 * 1024)];
        mvc.perform(signed(post("/admin/units/import"))
                        .contentType("multipart/form-data; boundary=xyz")
                        .content(body))
                .andExpect(redirectedUrl("/admin/units/import?tooLarge"));
        mvc.perform(signed(get("/admin/units/import").param("tooLarge", "")))
                .andExpect(shows("import-error", "Tệp quá lớn: dung lượng tối đa là 2 MB."));
    }

    @Test
    void aPreviewBelongsToTheSessionThatUploadedIt() throws Exception {
        String preview =
                previewOf("mine.csv", (HEADER + "IS-1;Đơn vị;Đơn vị;Xã;\r\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(post(preview)
                        .session(new MockHttpSession())
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/units/import"));
        assertThat(count("IS-%")).isZero();
    }

    @Test
    void templatesHaveTheHeaderAndExamplesAndAreAcceptedAsTheyAre() throws Exception {
        MvcResult xlsx = mvc.perform(signed(get("/admin/units/import/template.xlsx")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn();
        byte[] xlsxBytes = xlsx.getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxBytes))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Cấp");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("SNNMT");
        }
        mvc.perform(signed(get(previewOf("mau.xlsx", xlsxBytes))))
                .andExpect(shows("import-valid", "mau.xlsx: 3 dòng dữ liệu, 0 dòng có lỗi."));

        MvcResult csv = mvc.perform(signed(get("/admin/units/import/template.csv")))
                .andExpect(status().isOk())
                .andReturn();
        byte[] csvBytes = csv.getResponse().getContentAsByteArray();
        assertThat(csvBytes[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(csvBytes, StandardCharsets.UTF_8)).contains(HEADER.trim());
        mvc.perform(signed(get(previewOf("mau.csv", csvBytes)))).andExpect(shows("import-valid"));
        assertThat(count("SNNMT")).isZero();
    }

    @Test
    void theUploadPageDescribesTheFormatWithAnExample() throws Exception {
        mvc.perform(signed(get("/admin/units/import")))
                .andExpect(status().isOk())
                .andExpect(shows(
                        "import-form",
                        "template-xlsx",
                        "template-csv",
                        "import-example",
                        "Sở Nông nghiệp và Môi trường",
                        "Xã, phường, đặc khu",
                        "PROVINCE_DEPARTMENT"));
    }
}
