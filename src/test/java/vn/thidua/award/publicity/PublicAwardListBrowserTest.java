package vn.thidua.award.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.award.report.ReportFixture;
import vn.thidua.support.BrowserTest;

/**
 * The public list on a phone (375 px wide), without signing in: nothing scrolls sideways, a search typed without
 * diacritics finds "Châu Thành", and a row leads to its verification page; the report page fits a phone too.
 */
class PublicAwardListBrowserTest extends BrowserTest {

    private static final int WIDTH = 375;

    private static final String FIELDS_OUTSIDE = """
            () => Array.from(document.querySelectorAll('main input:not([type=hidden]), main select, main a.btn, main button'))
                .filter(e => e.offsetParent !== null)
                .map(e => { const r = e.getBoundingClientRect(); return {id: e.id || e.name, left: r.left, right: r.right}; })
                .filter(r => r.left < 0 || r.right > window.innerWidth + 0.5)""";

    @Test
    void anyoneSearchesThePublicListWithoutDiacriticsOnAPhone() {
        ReportFixture f = ReportFixture.create(jdbc);
        DecisionFixture decision = DecisionFixture.record(jdbc, f.organizerId, 2021);
        decision.grant(f.flag, f.chauThanh, "Thành tích");
        decision.grant(f.merit, f.anPhu, "Nguyễn Thị Hoa", "Phó Chủ tịch Ủy ban nhân dân huyện", "Thành tích");
        long revoked = decision.grant(f.flag, f.choMoi, "Thành tích");
        DecisionFixture.revoke(jdbc, revoked, "Sai sót");

        page.setViewportSize(WIDTH, 812);
        open("/public/awards/" + f.tag + "/2021");
        assertFits("public-list");
        assertThat(page.getByTestId("public-award").count()).isEqualTo(3);
        assertThat(page.getByTestId("public-revoked").count()).isEqualTo(1);

        page.getByTestId("public-q").fill("chau thanh");
        page.getByTestId("public-search").click();
        page.waitForLoadState();
        assertFits("public-search");
        assertThat(page.getByTestId("public-award").count()).isEqualTo(1);
        assertThat(page.getByTestId("public-award").first().textContent()).contains("Châu Thành");
        assertThat(page.getByTestId("public-q").inputValue()).isEqualTo("chau thanh");
        assertThat(page.getByTestId("public-verify").first().getAttribute("href"))
                .isEqualTo("/verify/award/" + decision.verificationCodes.get(0));
    }

    @Test
    void theReportPageFitsAPhone() {
        ReportFixture f = ReportFixture.create(jdbc);
        DecisionFixture.record(jdbc, f.organizerId, 2021).grant(f.flag, f.chauThanh, "Thành tích");
        page.setViewportSize(WIDTH, 812);
        submitLogin(f.admin, DEMO_PASSWORD);
        open("/reports/awards?year=2021");
        assertFits("report");
        assertThat(page.getByTestId("report-count").count()).isEqualTo(1);
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
