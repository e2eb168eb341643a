package vn.thidua.award.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;

/**
 * The award types and registration pages on a phone (375 px wide): nothing scrolls sideways, every field is on the
 * screen; the administrator creates a type typing the share the Vietnamese way, and an officer registers and
 * withdraws after confirming.
 */
class AwardBrowserTest extends BrowserTest {

    private static final int WIDTH = 375;

    private static final String FIELDS_OUTSIDE = """
            () => Array.from(document.querySelectorAll('main input:not([type=hidden]), main select, main textarea'))
                .filter(e => e.offsetParent !== null)
                .map(e => { const r = e.getBoundingClientRect(); return {id: e.id || e.name, left: r.left, right: r.right}; })
                .filter(r => r.left < 0 || r.right > window.innerWidth + 0.5)""";

    @Test
    void theAdministratorCreatesATypeOnAPhone() {
        page.setViewportSize(WIDTH, 812);
        login("admin");
        open("/admin/award-types");
        assertFits("types");
        assertThat(page.getByTestId("vote-rule").first().textContent()).contains("Trên 50% tổng số đơn vị thành viên");

        open("/admin/award-types/new");
        assertFits("type-form");
        String code = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        page.locator("#code").fill(code);
        page.locator("#name").fill("Danh hiệu thử trên điện thoại " + code);
        page.locator("#category").selectOption("TITLE");
        page.locator("#level").selectOption("PROVINCE");
        page.locator("#recipient").selectOption("COLLECTIVE");
        page.locator("#voteShareStrict").selectOption("false");
        page.locator("#voteSharePercent").fill("66,67");
        page.locator("#voteBase").selectOption("VALID_BALLOTS");
        page.locator("[data-testid=award-type-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("vote-rule").first().textContent()).isEqualTo("Từ 2/3 số phiếu hợp lệ trở lên");
        assertFits("type-show");
    }

    @Test
    void anOfficerRegistersAndWithdrawsOnAPhone() {
        page.setViewportSize(WIDTH, 812);
        login("chauphu");
        open("/registrations");
        assertFits("registration");
        assertThat(page.getByTestId("deadline").first().textContent()).contains("Nhận đăng ký đến hết ngày");
        var choice = page.getByTestId("registration-choice")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Tập thể lao động xuất sắc"));
        choice.locator("button:has-text('Đăng ký')").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("flash").textContent()).contains("Đã đăng ký.");
        page.onceDialog(dialog -> dialog.accept());
        choice.locator("button:has-text('Rút đăng ký')").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("flash").textContent()).contains("Đã rút đăng ký.");
        assertFits("registration-withdrawn");
    }

    @Test
    void theHeadReadsTheClusterTableOnAPhone() {
        page.setViewportSize(WIDTH, 812);
        login("cumtruong2");
        open("/registrations/cluster-years/" + termId("AG", "CUM2", 2021));
        assertFits("table");
        assertThat(page.getByTestId("registration-table").textContent()).contains("An Phú");
    }

    private void assertFits(String name) {
        page.waitForLoadState();
        screenshot(name);
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue())
                .as("page width of " + name)
                .isLessThanOrEqualTo(WIDTH);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outside = (List<Map<String, Object>>) page.evaluate(FIELDS_OUTSIDE);
        assertThat(outside).as("fields outside the screen on " + name).isEmpty();
    }
}
