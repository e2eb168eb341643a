package vn.thidua.award.onward;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Dialog;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;

/**
 * On a phone: the province's administrator adds a candidate and submits, confirming; the central council's administrator
 * accepts it and concludes the review. Neither page scrolls sideways.
 */
class OnwardBrowserTest extends BrowserTest {

    private static final int PHONE = 375;

    @Test
    void theProvinceSubmitsAndTheCouncilReviewsOnAPhone() {
        OnwardFixture f = OnwardFixture.create(jdbc, 1, "100");
        page.setViewportSize(PHONE, 812);
        login("admin");
        open("/onward?year=" + f.year);
        page.locator("[data-testid=start-form] button").click();
        page.waitForLoadState();
        page.locator(
                        "[data-testid=candidates] tr",
                        new com.microsoft.playwright.Page.LocatorOptions()
                                .setHasText("Ủy ban nhân dân xã " + f.tag + "A"))
                .locator("[data-testid=add-candidate] button")
                .click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=items]").textContent()).contains("Ủy ban nhân dân xã " + f.tag + "A");
        assertThat(page.locator("[data-testid=checks-ok]").isVisible()).isTrue();
        assertFits("onward-draft");

        page.onceDialog(Dialog::accept);
        page.locator("[data-testid=submit-form] button").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=onward-status]").textContent()).contains("Đã trình");
        assertThat(page.locator("[data-testid=candidates]").count()).isZero();

        page.context().clearCookies();
        login("trunguong");
        open("/onward/review?year=" + f.year);
        assertThat(page.locator("[data-testid=received]").textContent()).contains("An Giang");
        assertFits("onward-queue");
        page.locator("[data-testid=received] a[href$='/onward/" + f.proposalId() + "']")
                .click();
        page.waitForLoadState();
        page.locator("[data-testid=judge-form] input[value=ACCEPTED]").check();
        page.locator("[data-testid=judge-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=outcome]").textContent()).contains("Chấp thuận");
        assertFits("onward-review");
        page.onceDialog(Dialog::accept);
        page.locator("[data-testid=conclude-form] button").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=onward-status]").textContent()).contains("Đã thẩm định");
        assertThat(page.locator("[data-testid=decide]").count()).isEqualTo(1);
        assertFits("onward-decide");
    }

    private void assertFits(String name) {
        page.waitForLoadState();
        screenshot(name);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width of " + name).isLessThanOrEqualTo(PHONE);
    }
}
