package vn.thidua.award.history;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;

/**
 * The administrator imports past awards on a phone: a file with an error is refused with the error named, the
 * corrected file is checked, confirmed and written, and the unit's history shows the award; nothing off-screen.
 */
class AwardHistoryBrowserTest extends BrowserTest {

    static final int WIDTH = 375;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theAdministratorFixesAFileImportsItAndSeesTheHistoryOnAPhone() throws Exception {
        HistoryFixture f = HistoryFixture.create(jdbc);
        long unit = f.unit("Phú Hữu");
        String code = jdbc.queryForObject("select code from unit where id = ?", String.class, unit);
        String number = "7/" + f.tag;
        byte[] wrong = HistoryImportTest.xlsx(List.<String[]>of(new String[] {
            "2002",
            number,
            "18/01/2003",
            "Ủy ban nhân dân tỉnh An Giang",
            "Người ký",
            "Chủ tịch",
            "CO_TINH",
            code + "-SAI",
            "",
            "",
            "Dẫn đầu cụm năm 2002"
        }));
        byte[] fixed = HistoryImportTest.xlsx(List.<String[]>of(new String[] {
            "2002",
            number,
            "18/01/2003",
            "Ủy ban nhân dân tỉnh An Giang",
            "Người ký",
            "Chủ tịch",
            "CO_TINH",
            code,
            "",
            "",
            "Dẫn đầu cụm năm 2002"
        }));
        page.setViewportSize(WIDTH, 812);
        login("admin");
        open("/admin/award-history/import");
        fits("empty");

        page.locator("#import-file").setInputFiles(new FilePayload("lich-su.xlsx", XLSX, wrong));
        page.getByTestId("import-submit").click();
        assertThat(page.getByTestId("import-invalid")).isVisible();
        assertThat(page.getByTestId("import-problem")).containsText("Mã đơn vị");
        assertThat(page.getByTestId("import-problem")).containsText(code + "-SAI");
        fits("errors");

        page.locator("#import-file").setInputFiles(new FilePayload("lich-su.xlsx", XLSX, fixed));
        page.getByTestId("import-submit").click();
        assertThat(page.getByTestId("import-valid")).isVisible();
        fits("valid");
        page.onceDialog(dialog -> dialog.accept());
        page.getByTestId("import-confirm").click();
        assertThat(page.getByTestId("flash")).containsText("Đã nhập 1 quyết định với 1 khen thưởng");

        open("/units/" + unit + "/awards");
        assertThat(page.getByTestId("history-row")).containsText("Cờ thi đua của Ủy ban nhân dân tỉnh");
        assertThat(page.getByTestId("history-row")).containsText(number);
        assertThat(page.locator("[data-year='2002']")).isVisible();
        fits("history");
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
