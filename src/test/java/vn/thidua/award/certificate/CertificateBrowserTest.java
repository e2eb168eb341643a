package vn.thidua.award.certificate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.support.BrowserTest;

/** On a phone: the layout page's preview follows the numbers typed, and the public verification page reads well. */
class CertificateBrowserTest extends BrowserTest {

    static final int WIDTH = 375;

    @Test
    void thePreviewMovesAsANumberChangesAndTheVerificationPageFitsAPhone() {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen trên điện thoại " + CertificateFixture.tag());
        page.setViewportSize(WIDTH, 812);
        login("admin");
        open("/admin/certificate-layouts/" + type);
        assertThat(page.getByTestId("layout-preview")).isVisible();
        String before = page.getByTestId("preview-box-1").getAttribute("x");
        page.locator("#lines1\\.x").fill("120");
        assertThat(page.getByTestId("preview-box-1")).hasAttribute("x", "120");
        assertThat(before).isNotEqualTo("120");
        page.locator("#lines1\\.width").fill("55,5");
        assertThat(page.getByTestId("preview-box-1")).hasAttribute("width", "55.5");
        // A3 makes the page larger around the same boxes.
        page.locator("#paper").selectOption("A3");
        assertThat(page.getByTestId("layout-preview")).hasAttribute("viewBox", "0 0 420 297");
        fits("layout");
        page.locator("[data-testid=layout-form] button[type=submit]").click();
        assertThat(page.getByTestId("flash")).isVisible();
        assertThat(page.locator("#lines1\\.x")).hasValue("120");

        DecisionFixture d = DecisionFixture.record(jdbc, idOf("select id from organizer where code = 'AG'"), 2020);
        d.grant(type, unitId("AG", "CT"), "Thành tích");
        open("/verify/award/" + d.verificationCodes.get(0));
        assertThat(page.getByTestId("verify-result")).hasAttribute("data-result", "valid");
        assertThat(page.getByTestId("verify-unit")).containsText("Châu Thành");
        fits("verify");
        assertNoBrowserProblems();
    }

    private void fits(String name) {
        page.waitForLoadState();
        screenshot(name);
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue())
                .as("page width of " + name)
                .isLessThanOrEqualTo(WIDTH);
    }
}
