package vn.thidua.scoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.BrowserTest;

/** The criterion form shows only the parameters of the chosen way of scoring, and none for a group. */
class CriterionFormBrowserTest extends BrowserTest {

    @Autowired
    CriteriaTableService tables;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyTheChosenKindsParametersShow() {
        ScoringFixture f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        SecurityContextHolder.clearContext();
        login("admin");
        open("/admin/scoring/tables/" + f.tableId + "/nodes/new");
        page.locator("#nodeType").selectOption("CRITERION");
        page.locator("#kind").selectOption("PER_OCCURRENCE");
        assertThat(page.locator("#pointsPerOccurrence")).isVisible();
        assertThat(page.locator("#minPoints")).isHidden();
        assertThat(page.locator("#targetShare")).isHidden();
        assertThat(page.locator("#pledgeTarget")).isHidden();
        page.locator("#kind").selectOption("FIGURE_AGAINST_TARGET");
        assertThat(page.locator("#targetShare")).isVisible();
        assertThat(page.locator("#pledgeTarget")).isVisible();
        assertThat(page.locator("#pointsPerOccurrence")).isHidden();
        page.locator("#kind").selectOption("MANUAL");
        assertThat(page.locator("#minPoints")).isVisible();
        page.locator("#nodeType").selectOption("GROUP");
        assertThat(page.locator("#kind")).isHidden();
        assertThat(page.locator("#minPoints")).isHidden();
        screenshot("group");
    }
}
