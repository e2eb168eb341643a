package vn.thidua.scoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.BrowserTest;

/**
 * A cluster's scoring year in a real browser, on a cluster of its own: the officer of unit B enters B's annual
 * results, finds them on the sheet, attaches a PDF and submits; the administrator closes self-scoring; the head cuts
 * one of B's scores with a reason; B explains once; the head makes the scores final; the administrator publishes;
 * the ranking puts C (87,5) above B (85, which led with 90 before the cut), and A, which never submitted, last.
 */
class ScoringJourneyBrowserTest extends BrowserTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    SelfScoringService selfScoring;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        page.context().clearCookies();
        login(username);
    }

    private Path evidencePdf() throws IOException {
        Path file = Files.createTempDirectory("minh-chung").resolve("bien-ban-kiem-tra.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void officerEntersResultsAndSubmitsHeadAdjustsUnitExplainsHeadFinalisesAdminPublishesRankingFollows()
            throws IOException {
        // A cluster of three units (A heads it), its completed pledge, a table whose I.1 measures budget revenue and
        // whose I.2 needs evidence, and self-scoring open.
        ResultsFixture r = ResultsFixture.create(jdbc, tables);
        ScoringFixture f = r.f;
        jdbc.update(
                "update criterion_node set evidence_required = true where table_id = ? and code = 'I.2'", f.tableId);
        f.as("admin");
        roundOpening.open(
                f.termId, LocalDate.now().plusDays(20), LocalDate.now().plusDays(40), "Mở tự chấm điểm");
        // Unit C fills and submits its sheet through the service: 9,5 + 36 + 10 + 27 + 5 (bonus) = 87,5.
        f.as(f.officerC);
        long sheetC = f.sheetOf(f.unitC);
        selfScoring.saveAndSubmit(
                sheetC,
                f.version(sheetC),
                Map.of(
                        "I.1", new ScoreSheet.SelfEntry(new BigDecimal("380"), null),
                        "I.2", new ScoreSheet.SelfEntry(new BigDecimal("36"), "Công văn số 12/UBND"),
                        "II.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, null),
                        "II.2", new ScoreSheet.SelfEntry(new BigDecimal("27"), null),
                        "T.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, null),
                        "TR.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null)));
        SecurityContextHolder.clearContext();
        long roundId = f.roundId();
        long sheetB = f.sheetOf(f.unitB);
        long revenue = r.targetId(ResultsFixture.REVENUE);
        long growth = r.targetId(ResultsFixture.GROWTH);
        long i1 = f.nodeId("I.1");
        long i2 = f.nodeId("I.2");
        page.onDialog(Dialog::accept);

        // 1. B's officer enters the annual results: a typo comes back with the input kept, then the percentage shows.
        signInAs(f.officerB);
        open("/scoring");
        page.getByText(f.clusterName()).click();
        page.getByTestId("own-results").click();
        assertThat(page.getByTestId("results")).containsText(ResultsFixture.REVENUE);
        page.locator("#value-" + revenue).fill("612,48");
        page.locator("#value-" + growth).fill("bảy phẩy bảy");
        page.getByTestId("save-results").click();
        assertThat(page.getByTestId("form-errors")).containsText("không phải là số hợp lệ");
        assertThat(page.locator("#value-" + revenue)).hasValue("612,48");
        assertThat(page.locator("#value-" + growth)).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        page.locator("#value-" + growth).fill("7.7");
        page.locator("#note-" + revenue).fill("Báo cáo quyết toán ngân sách");
        page.getByTestId("save-results").click();
        assertThat(page.getByTestId("flash")).containsText("Đã lưu kết quả thực hiện chỉ tiêu");
        assertThat(page.locator("tr[data-target='" + revenue + "'] [data-testid=percent]"))
                .hasText("119,54 %");
        assertThat(page.locator("tr[data-target='" + growth + "'] [data-testid=percent]"))
                .hasText("110 %");
        screenshot("1-annual-results");

        // 2. The sheet comes with I.1 filled from the result; the officer attaches a PDF to I.2, fills the rest,
        // submits.
        page.getByTestId("to-sheet").click();
        assertThat(page.locator("#value-" + i1)).hasValue("612,48");
        // The target comes from the pledge and is shown, locked: the officer cannot type another.
        assertThat(page.locator("#target-" + i1)).hasText("512,35");
        assertThat(page.locator("input[name='target[" + i1 + "]']")).hasCount(0);
        assertThat(page.getByTestId("linked-result")).containsText("119,54 %");
        // The score typed before attaching is saved with the file, not lost with the page.
        page.locator("#value-" + i2).fill("35");
        com.microsoft.playwright.FileChooser chooser = page.waitForFileChooser(
                () -> page.locator("[data-attach='" + i2 + "']").click());
        chooser.setFiles(evidencePdf());
        assertThat(page.getByTestId("flash"))
                .containsText("Đã lưu nháp phiếu và đính kèm minh chứng \"bien-ban-kiem-tra.pdf\"");
        assertThat(page.locator(".evidence-list")).containsText("bien-ban-kiem-tra.pdf");
        assertThat(page.locator("#value-" + i2)).hasValue("35");
        page.locator("#value-" + f.nodeId("II.1")).selectOption("1");
        page.locator("#value-" + f.nodeId("II.2")).fill("25");
        page.locator("#value-" + f.nodeId("T.1")).selectOption("0");
        page.locator("#value-" + f.nodeId("TR.1")).fill("0");
        assertThat(page.getByTestId("self-total")).hasText("90");
        screenshot("2-sheet-filled");
        page.getByTestId("submit").click();
        assertThat(page.getByTestId("sheet-status")).hasText("Đã nộp");
        assertThat(page.getByTestId("self-total")).hasText("90");
        page.getByTestId("open-results").click();
        assertThat(page.getByTestId("results-locked")).containsText("đã khóa");
        assertThat(page.locator("#value-" + revenue)).hasCount(0);

        // 3. The administrator closes self-scoring.
        signInAs("admin");
        open("/scoring/rounds/" + roundId);
        // Closing names the unit that has not submitted (its confirmation too).
        assertThat(page.getByTestId("not-submitted")).containsText(f.unitName("A"));
        page.locator("#reason").fill("Hết hạn tự chấm");
        page.getByTestId("advance").click();
        assertThat(page.getByTestId("round-status")).hasText("Thẩm định, chấm chéo");

        // 4. The head reads B's results, then cuts I.2 with a reason and accepts C as claimed.
        signInAs(f.headUser);
        open("/scoring/rounds/" + roundId + "/results");
        assertThat(page.getByTestId("cluster-results")).containsText("119,54 %");
        screenshot("3-cluster-results");
        open("/scoring/sheets/" + sheetB);
        // The head may correct a mistyped figure here, with a reason.
        assertThat(page.getByTestId("correction-form")).isVisible();
        page.locator("#score-" + i2).fill("30");
        page.getByTestId("review").click();
        assertThat(page.getByTestId("form-errors")).containsText("phải ghi lý do");
        assertThat(page.locator("#score-" + i2)).hasValue("30");
        page.locator("#reason-" + i2).fill("Minh chứng chỉ chứng minh được một phần kết quả");
        page.getByTestId("review").click();
        assertThat(page.getByTestId("sheet-status")).hasText("Đã thẩm định");
        assertThat(page.getByTestId("current-total")).hasText("85");
        open("/scoring/sheets/" + sheetC);
        page.getByTestId("review").click();
        assertThat(page.getByTestId("sheet-status")).hasText("Đã thẩm định");

        // 5. B explains, once.
        signInAs(f.officerB);
        open("/scoring/sheets/" + sheetB);
        page.locator("#explanation-" + i2).fill("Đã bổ sung biên bản kiểm tra của Phòng Tài chính");
        page.getByTestId("explain").click();
        assertThat(page.getByTestId("sheet-status")).hasText("Đơn vị đã giải trình");
        assertThat(page.getByTestId("explain")).hasCount(0);

        // 6. The head keeps the cut and makes both sheets final.
        signInAs(f.headUser);
        for (long sheet : List.of(sheetB, sheetC)) {
            open("/scoring/sheets/" + sheet);
            page.getByTestId("finalise").click();
            assertThat(page.getByTestId("sheet-status")).hasText("Điểm chính thức");
        }
        screenshot("4-final");

        // 7. The administrator publishes the results.
        signInAs("admin");
        open("/scoring/rounds/" + roundId);
        page.getByTestId("advance").click();
        assertThat(page.getByTestId("round-status")).hasText("Đã có kết quả");

        // 8. Every member sees the ranking: C first, B second.
        signInAs(f.officerB);
        open("/scoring/rounds/" + roundId);
        page.getByText("Xem bảng xếp hạng").click();
        Locator rows = page.locator("[data-testid=ranking] tbody tr");
        assertThat(rows.nth(0)).containsText(f.unitName("C"));
        assertThat(rows.nth(0)).containsText("87,5");
        assertThat(rows.nth(1)).containsText(f.unitName("B"));
        assertThat(rows.nth(1)).containsText("85");
        // A (the head's unit) never submitted: it does not vanish, it is ranked last and marked.
        assertThat(rows.nth(2)).containsText(f.unitName("A"));
        assertThat(rows.nth(2)).containsText("Không nộp");
        assertThat(rows).hasCount(3);
        screenshot("5-ranking");

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'AnnualResult' and actor = ?",
                        Integer.class,
                        f.officerB))
                .isEqualTo(2);
    }
}
