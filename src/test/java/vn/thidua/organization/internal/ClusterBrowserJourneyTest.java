package vn.thidua.organization.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys through the cluster pages in a real browser (Chromium): what the administrator sets up, and what a member
 * unit's officer then sees. Set {@code -Dscreenshots.dir=...} to keep a picture of each page.
 */
class ClusterBrowserJourneyTest extends ClusterFixtures {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu")));
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

    private Page signIn(String username, List<String> consoleErrors) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))
                .newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill("thidua2026");
        page.locator("button[type=submit]").click();
        page.waitForURL("**/");
        return page;
    }

    private static void picture(Page page, String name) {
        String dir = System.getProperty("screenshots.dir");
        if (dir != null) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get(dir, name + ".png"))
                    .setFullPage(true));
        }
    }

    @Test
    void anAdministratorSetsUpAClusterYearAndStartsTheNextOne() {
        String marker = uniqueCode("BR").replace("-", "");
        newUnitWithCode("AG", marker + "A", "Phường Bình Đức " + marker);
        newUnitWithCode("AG", marker + "B", "Phường Mỹ Thới " + marker);
        newUnitWithCode("AG", marker + "C", "Xã Mỹ Hòa Hưng " + marker);
        List<String> consoleErrors = new ArrayList<>();
        Page page = signIn("admin", consoleErrors);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Cụm, khối thi đua").setExact(true))
                .first()
                .click();
        page.locator("#q").fill("cum thi dua so 2");
        page.locator("form[role=search] button[type=submit]").click();
        assertThat(page.locator("[data-testid=cluster-table]")).containsText("Cụm thi đua số 2");
        assertThat(page.locator("[data-testid=cluster-table]")).containsText("Châu Thành");
        picture(page, "clusters-list");

        // A new cluster: the form refuses an empty name and keeps what was typed.
        page.locator("[data-testid=cluster-create]").click();
        page.locator("#code").fill(marker);
        page.locator("[data-testid=cluster-form] button[type=submit]").click();
        assertThat(page.locator(".invalid-feedback")).containsText("Vui lòng nhập tên cụm, khối.");
        assertThat(page.locator("#code")).hasValue(marker);
        page.locator("#name").fill("Cụm thi đua phường, xã " + marker);
        page.locator("#description").fill("Các phường, xã sau sắp xếp năm 2025.");
        page.locator("[data-testid=cluster-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("Đã thêm");
        assertThat(page.locator("[data-testid=no-term]")).containsText("Cụm chưa được thiết lập cho năm 2021.");

        // Set up the working year, add three units at once, appoint the head and a deputy.
        page.locator("[data-testid=create-term]").click();
        assertThat(page.locator("[data-testid=members-empty]")).isVisible();
        // The filter's script is deferred: typing before it has run would filter nothing.
        page.waitForLoadState();
        page.locator("#candidate-filter").fill(marker.toLowerCase());
        assertThat(page.locator("#candidate-list .form-check:not(.d-none)")).hasCount(3);
        for (Locator box : page.locator("#candidate-list .form-check:not(.d-none) input[type=checkbox]")
                .all()) {
            box.check();
        }
        page.locator("[data-testid=add-members-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("Đã thêm 3 đơn vị");
        assertThat(page.locator("[data-testid=member-table] tbody tr")).hasCount(3);

        page.locator("#headUnitId")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Phường Bình Đức " + marker));
        page.locator(
                        "[data-testid=leaders-form] label",
                        new Page.LocatorOptions().setHasText("Phường Mỹ Thới " + marker))
                .click();
        page.locator("[data-testid=leaders-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=term-head]")).containsText("Phường Bình Đức");
        assertThat(page.locator("[data-testid=term-deputies]")).containsText("Phường Mỹ Thới");
        picture(page, "cluster-year");

        // Removing a member asks first; dismissing keeps it.
        page.onceDialog(dialog -> dialog.dismiss());
        page.locator("[data-testid=remove-" + marker + "C]").click();
        assertThat(page.locator("[data-testid=member-table] tbody tr")).hasCount(3);
        page.onceDialog(dialog -> dialog.accept());
        page.locator("[data-testid=remove-" + marker + "C]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("Đã bỏ đơn vị khỏi cụm");
        assertThat(page.locator("[data-testid=member-table] tbody tr")).hasCount(2);

        // The next year: the deputy is proposed as head, the earlier year stays as it was.
        page.locator("[data-testid=start-next-year]").click();
        assertThat(page.locator("[data-testid=next-head] option:checked"))
                .containsText("Phường Mỹ Thới " + marker + " (đề xuất)");
        picture(page, "next-year");
        page.locator("[data-testid=next-year-form] button[type=submit]").click();
        assertThat(page.locator("h1")).containsText("năm 2022");
        assertThat(page.locator("[data-testid=term-head]")).containsText("Phường Mỹ Thới");

        page.locator(".breadcrumb a", new Page.LocatorOptions().setHasText("Cụm thi đua phường, xã " + marker))
                .click();
        page.locator("[data-testid=year-select]").selectOption("2022");
        page.waitForURL("**year=2022");
        Locator history = page.locator("[data-testid=history-table] tbody tr");
        assertThat(history).hasCount(2);
        assertThat(history.nth(0)).containsText("2022");
        assertThat(history.nth(0)).containsText("Phường Mỹ Thới");
        assertThat(history.nth(1)).containsText("2021");
        assertThat(history.nth(1)).containsText("Phường Bình Đức");
        picture(page, "cluster-page");

        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aMemberUnitsOfficerReadsTheirClusterAndIsKeptOutOfOthers() {
        List<String> consoleErrors = new ArrayList<>();
        Page page = signIn("anphu", consoleErrors);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cụm của tôi"))
                .click();
        assertThat(page.locator("[data-testid=my-cluster-table]")).containsText("Cụm thi đua số 2");
        picture(page, "my-clusters");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cụm thi đua số 2"))
                .click();
        assertThat(page.locator("[data-testid=term-head]")).containsText("Châu Thành");
        assertThat(page.locator("[data-testid=member-table]")).containsText("Tri Tôn");
        assertThat(page.locator("form[method=post]:not([action='/logout'])")).hasCount(0);
        picture(page, "my-cluster");
        assertThat(consoleErrors).isEmpty();

        var response = page.navigate("http://localhost:" + port + "/my/clusters/" + termId("KG", "CUM3", 2021));
        assertThat(response.status()).isEqualTo(404);
        response = page.navigate("http://localhost:" + port + "/admin/clusters");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void theHeadFindsTheClusterTheyHeadInTheMenu() {
        Page page = signIn("cumtruong2", new ArrayList<>());
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Cụm trưởng").setExact(true))
                .or(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Cụm trưởng").setExact(true)))
                .first()
                .click();
        page.locator(".dropdown-menu a", new Page.LocatorOptions().setHasText("Cụm thi đua số 2"))
                .click();
        assertThat(page.locator("h1")).containsText("Cụm thi đua số 2 năm 2021");
        assertThat(page.locator("main")).containsText("Cụm trưởng");
    }
}
