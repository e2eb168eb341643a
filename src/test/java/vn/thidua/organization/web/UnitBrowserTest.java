package vn.thidua.organization.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.IntegrationTest;

/**
 * Journeys through the unit pages in a real browser (Chromium, headless): search as you type, a form that comes
 * back with its errors, retirement with its confirmation, an import from preview to confirmation, and what a
 * reviewer sees. Set {@code -Dthidua.screenshots=<dir>} to keep screenshots of the pages.
 */
class UnitBrowserTest extends IntegrationTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is needed for the browser tests");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page signIn(String username) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))
                .newPage();
        page.onDialog(dialog -> dialog.accept());
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("thidua2026");
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForURL("**/");
        return page;
    }

    private void screenshot(Page page, String name) {
        String directory = System.getProperty("thidua.screenshots");
        if (directory != null) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of(directory, name + ".png"))
                    .setFullPage(true));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void administratorSearchesCreatesAndRetiresAUnit() {
        Page page = signIn("admin");
        page.navigate(url("/admin/units"));
        page.locator("#unit-q").fill("chau thanh");
        // Every word is looked for wherever it stands: the city of Châu Đốc ("thành phố Châu Đốc") has both words too.
        assertThat(page.locator("[data-testid=unit-row]")).hasCount(2);
        assertThat(page.locator("[data-testid=unit-row]").first()).containsText("Châu Thành");
        assertThat(page.locator("#unit-results")).containsText("Châu Thành");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=chau(\\+|%20)thanh.*"));
        screenshot(page, "units-search");

        page.locator("[data-testid=unit-create-link]").click();
        page.locator("#code").fill("BR-1");
        page.locator("#name").fill("Ủy ban nhân dân xã Trình Duyệt");
        page.locator("#level").selectOption("COMMUNE");
        page.locator("[data-testid=unit-form] button[type=submit]").click();
        assertThat(page.locator("#shortName")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
        assertThat(page.locator("#name")).hasValue("Ủy ban nhân dân xã Trình Duyệt");
        screenshot(page, "units-form-errors");
        page.locator("#shortName").fill("Trình Duyệt");
        page.locator("#parentId")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Ủy ban nhân dân huyện Chợ Mới (CM)"));
        page.locator("[data-testid=unit-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("Đã thêm đơn vị");
        assertThat(page.locator("[data-testid=unit-parent]")).hasText("Ủy ban nhân dân huyện Chợ Mới");

        page.getByText("Cho ngừng hoạt động").first().click();
        page.locator("#retiredOn").fill("01/07/2025");
        page.locator("#reason").fill("Sắp xếp đơn vị hành chính cấp xã");
        screenshot(page, "units-retire");
        page.locator("[data-testid=retire-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=unit-status]")).hasText("Ngừng hoạt động từ 01/07/2025");
        assertThat(page.locator("[data-testid=unit-actions]")).hasCount(0);
        assertThat(page.locator("[data-testid=unit-history]")).containsText("Sắp xếp đơn vị hành chính cấp xã");
        screenshot(page, "units-detail-retired");
        page.context().close();
    }

    @Test
    void administratorImportsACsvFileAfterItsPreview() {
        Page page = signIn("admin");
        page.navigate(url("/admin/units/import"));
        screenshot(page, "units-import");
        String csv = "\uFEFFMã đơn vị;Tên đầy đủ;Tên viết tắt;Cấp;Mã đơn vị cấp trên\r\n"
                + "BR-IMP1;Sở Trình Duyệt;Sở TD;Sở, ban, ngành;\r\n"
                + "BR-IMP2;Chi cục Trình Duyệt;Chi cục TD;so ban nganh;BR-IMP1\r\n";
        page.locator("#import-file")
                .setInputFiles(new FilePayload("don-vi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("[data-testid=import-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=import-valid]")).isVisible();
        assertThat(page.locator("[data-testid=import-row]")).hasCount(2);
        screenshot(page, "units-import-preview");
        page.locator("[data-testid=import-confirm]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("Đã nhập 2 đơn vị");

        page.navigate(url("/admin/units/import"));
        page.locator("#import-file")
                .setInputFiles(new FilePayload(
                        "loi.csv", "text/csv", "BR-BAD;;Thiếu tên;Thôn;KHONG-CO\r\n".getBytes(StandardCharsets.UTF_8)));
        page.locator("[data-testid=import-form] button[type=submit]").click();
        Locator row = page.locator("[data-testid=import-row]");
        assertThat(row).containsText("Thiếu tên đầy đủ.");
        assertThat(row).containsText("Cấp “Thôn” không hợp lệ.");
        assertThat(page.locator("[data-testid=import-confirm]")).hasCount(0);
        screenshot(page, "units-import-errors");

        page.navigate(url("/admin/units/import"));
        page.locator("#import-file")
                .setInputFiles(new FilePayload("notes.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-file-error")).hasText("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).");
        page.context().close();
    }

    @Test
    void reviewerReadsUnitsWithoutChangeActions() {
        Page page = signIn("thamdinh");
        page.navigate(url("/admin/units?q=huyen+an+phu"));
        assertThat(page.locator("[data-testid=unit-row]")).hasCount(1);
        assertThat(page.locator("[data-testid=unit-create-link]")).hasCount(0);
        page.locator("[data-testid=unit-row] a").click();
        assertThat(page.locator("h1")).hasText("Ủy ban nhân dân huyện An Phú");
        assertThat(page.locator("[data-testid=unit-actions]")).hasCount(0);
        screenshot(page, "units-reviewer-detail");
        page.context().close();
    }
}
