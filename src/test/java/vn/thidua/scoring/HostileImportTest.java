package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.support.HostileWorkbooks;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * Spreadsheets built to exhaust the server's memory are turned away with a message, promptly, and the server answers
 * the next request at once; and an import is refused to whoever may not make it before its file is read.
 */
class HostileImportTest extends IntegrationTest {

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

    private long openSheet() {
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().plusDays(10), null, null);
        SecurityContextHolder.clearContext();
        return f.sheetOf(f.unitB);
    }

    private long emptyTable(int year) {
        f.as("admin");
        long id = tables.create(
                        new TableCommand(year, "Bảng nhập " + f.tag + " " + year, new BigDecimal("100"), List.of()))
                .getId();
        SecurityContextHolder.clearContext();
        return id;
    }

    private MvcResult importSheet(long sheetId, String user, byte[] file) throws Exception {
        return mvc.perform(multipart("/scoring/sheets/{id}/import", sheetId)
                        .file(new MockMultipartFile("file", "phieu.xlsx", "application/octet-stream", file))
                        .param("version", String.valueOf(f.version(sheetId)))
                        .with(Users.as(jdbc, user))
                        .with(csrf()))
                .andReturn();
    }

    private void answersPromptly(String url, String user) throws Exception {
        long start = System.nanoTime();
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void threeHugeSheetImportsAtOnceGetAMessageAndTheServerAnswersTheNextRequestAtOnce() throws Exception {
        long sheetId = openSheet();
        byte[] huge = HostileWorkbooks.hugeSheet();
        assertThat(huge.length).isBetween(3 * 1024 * 1024, 10 * 1024 * 1024);

        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<MvcResult>> uploads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                uploads.add(pool.submit(() -> importSheet(sheetId, f.officerB, huge)));
            }
            for (Future<MvcResult> upload : uploads) {
                MvcResult result = upload.get(60, TimeUnit.SECONDS);
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                assertThat(result.getResponse().getContentAsString())
                        .contains("data-testid=\"import-errors\"")
                        .contains("Tệp có quá nhiều dòng: trang tính đầu tiên được có tối đa 61 dòng có dữ liệu")
                        .contains("Không có gì được lưu");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        answersPromptly("/scoring/sheets/" + sheetId, f.officerB);
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_line where sheet_id = ? and self_value is not null",
                        Integer.class,
                        sheetId))
                .isZero();
    }

    @Test
    void aZipBombSheetImportIsRefusedWithAMessage() throws Exception {
        long sheetId = openSheet();
        MvcResult result = importSheet(sheetId, f.officerB, HostileWorkbooks.zipBomb(100));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("Tệp bị nén bất thường (giải nén ra lớn hơn 100 lần)");
        answersPromptly("/scoring/sheets/" + sheetId, f.officerB);
    }

    @Test
    void aHugeCriteriaTableImportGetsAMessageAndSavesNothing() throws Exception {
        long target = emptyTable(2026);
        long start = System.nanoTime();
        mvc.perform(multipart("/admin/scoring/tables/{id}/import", target)
                        .file(new MockMultipartFile(
                                "file", "bang.xlsx", "application/octet-stream", HostileWorkbooks.hugeSheet()))
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"import-errors\"")))
                .andExpect(content().string(containsString("tối đa 2000 dòng có dữ liệu")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        answersPromptly("/admin/scoring/tables/" + target, "admin");
        assertThat(jdbc.queryForObject("select count(*) from criterion_node where table_id = ?", Integer.class, target))
                .isZero();
    }

    @Test
    void anotherOrganisersAdministratorIsRefusedBeforeTheFileIsRead() throws Exception {
        long target = emptyTable(2027);
        byte[] unreadable = "<html>not excel</html>".getBytes(StandardCharsets.UTF_8);
        // Read first, this file would have answered "cannot be read" (200); refused first, it is not found.
        mvc.perform(multipart("/admin/scoring/tables/{id}/import", target)
                        .file(new MockMultipartFile("file", "bang.xlsx", "application/octet-stream", unreadable))
                        .with(Users.as(jdbc, "kiengiang"))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Không đọc được tệp"))));
        mvc.perform(multipart("/admin/scoring/tables/{id}/import", target)
                        .file(new MockMultipartFile("file", "bang.xlsx", "application/octet-stream", unreadable))
                        .with(Users.as(jdbc, f.officerB))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // A table that already has criteria is refused before its file is read, too.
        mvc.perform(multipart("/admin/scoring/tables/{id}/import", f.tableId)
                        .file(new MockMultipartFile("file", "bang.xlsx", "application/octet-stream", unreadable))
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Không đọc được tệp"))));
        assertThat(jdbc.queryForObject("select count(*) from criterion_node where table_id = ?", Integer.class, target))
                .isZero();
    }

    @Test
    void onlyTheUnitsOwnOfficerReachesTheSheetImportsReader() throws Exception {
        long sheetId = openSheet();
        byte[] unreadable = "<html>not excel</html>".getBytes(StandardCharsets.UTF_8);
        assertThat(importSheet(sheetId, f.officerC, unreadable).getResponse().getStatus())
                .isEqualTo(404);
        // The cluster's head does not see a member's draft; the administrator sees it but does not fill it.
        assertThat(importSheet(sheetId, f.headUser, unreadable).getResponse().getStatus())
                .isEqualTo(404);
        MvcResult admin = importSheet(sheetId, "admin", unreadable);
        assertThat(admin.getResponse().getStatus()).isEqualTo(403);
        assertThat(admin.getResponse().getContentAsString()).doesNotContain("Không đọc được tệp");
        assertThat(importSheet(sheetId, f.officerB, unreadable).getResponse().getContentAsString())
                .contains("Không đọc được tệp");
    }
}
