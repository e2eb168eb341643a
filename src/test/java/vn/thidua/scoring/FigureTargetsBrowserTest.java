package vn.thidua.scoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Dialog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.BrowserTest;

/**
 * Targets of figures in a real browser: the administrator sets a criterion's target for every unit on the round; the
 * unit's sheet shows it locked; after closing, the head corrects a mistyped figure with a reason and the ranking's
 * outlier warning goes away.
 */
class FigureTargetsBrowserTest extends BrowserTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    RoundService roundService;

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

    private static Map<String, ScoreSheet.SelfEntry> complete(String figure) {
        return Map.of(
                "I.1",
                new ScoreSheet.SelfEntry(new BigDecimal(figure), null),
                "I.2",
                new ScoreSheet.SelfEntry(new BigDecimal("30"), null),
                "II.1",
                new ScoreSheet.SelfEntry(BigDecimal.ONE, null),
                "II.2",
                new ScoreSheet.SelfEntry(new BigDecimal("25"), null),
                "T.1",
                new ScoreSheet.SelfEntry(BigDecimal.ZERO, null),
                "TR.1",
                new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
    }

    @Test
    void adminSetsATargetUnitSeesItLockedHeadCorrectsATypoAndTheOutlierWarningGoes() {
        ScoringFixture f = ScoringFixture.create(jdbc, 1);
        f.createTable(tables);
        f.as("admin");
        roundOpening.open(
                f.termId, LocalDate.now().plusDays(20), LocalDate.now().plusDays(40), "Mở tự chấm điểm");
        SecurityContextHolder.clearContext();
        long roundId = f.roundId();
        long i1 = f.nodeId("I.1");
        page.onDialog(Dialog::accept);

        // 1. The administrator sets I.1's target for every unit.
        signInAs("admin");
        open("/scoring/rounds/" + roundId);
        page.getByTestId("targets-link").click();
        page.locator("#all-" + i1).fill("100");
        page.getByTestId("save-all-I.1").click();
        assertThat(page.getByTestId("flash")).containsText("Đã lưu chỉ tiêu");
        assertThat(page.locator("[data-criterion='I.1'] [data-unit='" + f.tag + "B'] [data-testid=resolved-target]"))
                .hasText("100");
        screenshot("1-targets");

        // 2. B's officer sees the target locked on the sheet, with no field to type another.
        signInAs(f.officerB);
        open("/scoring/sheets/" + f.sheetOf(f.unitB));
        assertThat(page.locator("#target-" + i1)).hasText("100");
        assertThat(page.locator("input[name='target[" + i1 + "]']")).hasCount(0);

        // 3. Every unit submits; C types 1.040 for 104, far above the others.
        for (String[] unit :
                new String[][] {{f.officerB, "B", "110"}, {f.officerC, "C", "1040"}, {f.headUser, "A", "105"}}) {
            f.as(unit[0]);
            long sheet = f.sheetOf(unit[1].equals("B") ? f.unitB : unit[1].equals("C") ? f.unitC : f.unitA);
            selfScoring.saveAndSubmit(sheet, f.version(sheet), complete(unit[2]));
        }
        f.as("admin");
        roundService.advance(roundId, f.roundVersion(), RoundStatus.REVIEW, "Hết hạn tự chấm");
        SecurityContextHolder.clearContext();
        signInAs("admin");
        open("/scoring/rounds/" + roundId + "/ranking");
        assertThat(page.getByTestId("outliers")).containsText(f.unitName("C") + ", tiêu chí I.1");
        screenshot("2-outlier");

        // 4. The head corrects C's figure with a reason; the warning goes.
        signInAs(f.headUser);
        long sheetC = f.sheetOf(f.unitC);
        open("/scoring/sheets/" + sheetC);
        page.locator("#correction-node").selectOption(String.valueOf(i1));
        page.locator("#correction-value").fill("104");
        page.getByTestId("correct").click();
        assertThat(page.getByTestId("correction-error")).containsText("phải ghi lý do");
        assertThat(page.locator("#correction-value")).hasValue("104");
        page.locator("#correction-reason").fill("Báo cáo quyết toán ghi 104 tỷ đồng");
        page.getByTestId("correct").click();
        assertThat(page.getByTestId("flash")).containsText("Đã sửa số liệu tiêu chí I.1");
        screenshot("3-corrected");
        signInAs("admin");
        open("/scoring/rounds/" + roundId + "/ranking");
        assertThat(page.getByTestId("outliers")).hasCount(0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SCORE_FIGURE_CORRECTED' and entity_id = ?",
                        Integer.class,
                        sheetC))
                .isEqualTo(1);
    }
}
