package vn.thidua.scoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.BrowserTest;

/**
 * The sheet's running total in a real browser: a score out of its criterion's bounds is marked with its allowed range
 * and the total says it leaves it out, instead of silently counting nothing; saving then shows the server's own
 * message beside the field with the typed value kept.
 */
class SheetLiveTotalBrowserTest extends BrowserTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aScoreOutOfBoundsIsMarkedWithItsRangeAndTheTotalSaysItLeavesItOut() {
        ScoringFixture f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        f.as("admin");
        roundOpening.open(
                f.termId, LocalDate.now().plusDays(20), LocalDate.now().plusDays(40), null);
        SecurityContextHolder.clearContext();
        long sheet = f.sheetOf(f.unitB);
        long manual = f.nodeId("I.2");

        login(f.officerB);
        open("/scoring/sheets/" + sheet);
        page.waitForFunction("() => document.readyState === 'complete'");
        page.locator("#value-" + manual).fill("30");
        assertThat(page.locator("[data-testid=self-total]")).hasText("30");
        assertThat(page.locator("#value-" + manual)).not().hasClass(java.util.regex.Pattern.compile("is-invalid"));

        page.locator("#value-" + manual).fill("45");
        assertThat(page.locator("#value-" + manual)).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("[data-live-error='" + manual + "']")).hasText("Phải từ 0 đến 40.");
        assertThat(page.locator("[data-testid=self-total]")).hasClass(java.util.regex.Pattern.compile("text-danger"));
        assertThat(page.locator("[data-testid=total-invalid]")).isVisible();

        page.locator("[data-testid=save-draft]").click();
        assertThat(page.locator("[data-testid=error-value-" + manual + "]")).containsText("điểm phải từ 0 đến 40");
        assertThat(page.locator("#value-" + manual)).hasValue("45");

        page.locator("#value-" + manual).fill("35");
        assertThat(page.locator("[data-testid=total-invalid]")).isHidden();
        assertThat(page.locator("[data-testid=self-total]")).hasText("35");
        assertNoBrowserProblems();
    }
}
