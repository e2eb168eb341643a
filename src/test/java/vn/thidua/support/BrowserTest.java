package vn.thidua.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser journey against the shared application context: Debian's Chromium, started once per test class,
 * with a fresh context and page for every test. A test fails when the page logs a console error, throws, breaks
 * the Content-Security-Policy, gets a response of 500 or more, or misses one of its own assets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends IntegrationTest {

    protected static final String DEMO_PASSWORD = "thidua2026";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");
    /** Assets a page loads; one that fails to load is a broken page even when the page itself answered. */
    private static final Set<String> ASSET_TYPES = Set.of("stylesheet", "script", "image", "font");
    /** Chromium reports every 4xx response on the console; a page answering 403 or 404 on purpose is no error. */
    private static final String FAILED_LOAD = "Failed to load resource: the server responded with a status of 4";
    /** Reports CSP violations on the console even where Chromium would report them elsewhere. */
    private static final String CSP_LISTENER = """
            document.addEventListener('securitypolicyviolation', function (event) {
                console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline')
                    + ' in ' + event.sourceFile + ':' + event.lineNumber);
            });""";

    @LocalServerPort
    protected int port;

    protected Page page;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private String screenshotPrefix;

    @BeforeAll
    void launchBrowser() {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                () -> "Browser test skipped: " + CHROMIUM
                        + " is missing. Install Debian's chromium package (.ci/run does) to run it.");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage(TestInfo test) {
        problems.clear();
        screenshotPrefix = getClass().getSimpleName() + "/"
                + test.getTestMethod().map(method -> method.getName()).orElse("test");
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(1280, 900)
                // Bootstrap then skips its animations: no waiting, no screenshot of a half-open menu.
                .setReducedMotion(ReducedMotion.REDUCE));
        context.setDefaultTimeout(10_000);
        context.addInitScript(CSP_LISTENER);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith(FAILED_LOAD)) {
                problems.add("console error on " + page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add("script error on " + page.url() + ": " + error));
        page.onResponse(response -> {
            if (response.status() >= 500) {
                problems.add("HTTP " + response.status() + " for " + response.url());
            } else if (response.status() >= 400
                    && ASSET_TYPES.contains(response.request().resourceType())) {
                problems.add("asset missing (HTTP " + response.status() + "): " + response.url());
            }
        });
    }

    @AfterEach
    void closePage() {
        try {
            assertNoBrowserProblems();
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    /** Opens a path of the application, e.g. {@code /admin/units}, and returns the main response. */
    protected Response open(String path) {
        return page.navigate(path);
    }

    /** Signs in with a demo account and waits for the home page. */
    protected void login(String username) {
        submitLogin(username, DEMO_PASSWORD);
        assertThat(page.getByTestId("user-menu")).hasCount(1);
    }

    /** Fills and sends the sign-in form, whatever the outcome. */
    protected void submitLogin(String username, String password) {
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForLoadState();
    }

    /** Saves a full-page screenshot under {@code target/screenshots/<test class>/<test>-<name>.png}. */
    protected Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(screenshotPrefix + "-" + name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** What the page did wrong so far in this test; {@link #closePage()} fails the test unless it is empty. */
    protected List<String> browserProblems() {
        return new ArrayList<>(problems);
    }

    /** For tests that provoke a problem on purpose to prove that it is caught. */
    protected void forgetBrowserProblems() {
        problems.clear();
    }

    protected void assertNoBrowserProblems() {
        if (!problems.isEmpty()) {
            fail("The browser reported problems:\n  " + String.join("\n  ", problems));
        }
    }
}
