package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.BrowserTest;

/**
 * Officers fill their sheet on a phone: at 375 × 812 the score sheet and the annual-results page need no sideways
 * scrolling, and every input is inside the screen.
 */
class PhoneLayoutBrowserTest extends BrowserTest {

    private static final int WIDTH = 375;

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    /** Each input's left and right edge, and whether one lies outside the screen. */
    private static final String INPUTS_OUTSIDE = """
            () => Array.from(document.querySelectorAll('main input:not([type=hidden]), main select, main textarea'))
                .filter(e => e.offsetParent !== null)
                .map(e => { const r = e.getBoundingClientRect(); return {id: e.id || e.name, left: r.left, right: r.right}; })
                .filter(r => r.left < 0 || r.right > window.innerWidth + 0.5)""";

    @Test
    void theSheetAndTheAnnualResultsFitAPhone() {
        long sheet = idOf("""
                select s.id from score_sheet s join scoring_round r on r.id = s.round_id join cluster_term t on t.id = r.term_id
                join unit u on u.id = s.unit_id where u.short_name = 'An Phú' and t.year = 2021""");
        page.setViewportSize(WIDTH, 812);
        login("anphu");

        open("/scoring/sheets/" + sheet);
        assertFits("sheet");
        assertThat(page.locator("[data-score-input]").count()).isPositive();

        open("/scoring/sheets/" + sheet + "/results");
        assertFits("results");

        // The demo's 2021 pledge of Cluster 2 is not completed, so An Phú has no targets to report on yet: a cluster of
        // its own with a completed pledge shows the results form.
        ResultsFixture r = ResultsFixture.create(jdbc, tables);
        r.f.as("admin");
        roundOpening.open(r.f.termId, LocalDate.now().plusDays(20), null, null);
        SecurityContextHolder.clearContext();
        page.context().clearCookies();
        login(r.f.officerB);
        open("/scoring/sheets/" + r.f.sheetOf(r.f.unitB) + "/results");
        assertFits("results-form");
        assertThat(page.locator("main input:not([type=hidden])").count()).isPositive();
        open("/scoring/sheets/" + r.f.sheetOf(r.f.unitB));
        assertFits("sheet-editing");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void assertFits(String name) {
        page.waitForLoadState();
        screenshot(name);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "PhoneLayoutBrowserTest", name + "-screen.png")));
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue())
                .as("page width of " + name)
                .isLessThanOrEqualTo(WIDTH);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outside = (List<Map<String, Object>>) page.evaluate(INPUTS_OUTSIDE);
        assertThat(outside).as("inputs outside the screen on " + name).isEmpty();
    }
}
