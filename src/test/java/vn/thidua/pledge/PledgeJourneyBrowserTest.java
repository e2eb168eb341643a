package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.IntegrationTest;

/**
 * The whole pledge in a real browser: the head drafts and opens it, three members sign (one declines first), the
 * head countersigns, the documents download with the signers' names, and the public page says intact until the
 * text is changed behind the application's back.
 */
class PledgeJourneyBrowserTest extends IntegrationTest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A fresh browser session signed in as this user, confirming the pages' confirmation dialogs. */
    Page signIn(String username) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setAcceptDownloads(true).setViewportSize(1280, 1000));
        contexts.add(context);
        Page page = context.newPage();
        page.onDialog(dialog -> dialog.accept());
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", "thidua2026");
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        return page;
    }

    void sign(Page page, long pledgeId) {
        page.navigate(url("/pledges/" + pledgeId + "/sign"));
        page.fill("#password", "thidua2026");
        page.click("[data-testid=sign]");
        page.waitForURL(url("/pledges/" + pledgeId));
        assertThat(page.textContent("[data-testid=flash]")).isNotBlank();
    }

    @Test
    void theHeadDraftsAndOpensMembersSignTheHeadCountersignsAndTheDocumentsProveIt() throws Exception {
        PledgeFixture cluster = PledgeFixture.create(jdbc, 3);
        Path shots = Files.createDirectories(Paths.get("target", "pledge-journey"));

        Page head = signIn(cluster.username("head"));
        head.navigate(url("/pledges/term/" + cluster.termId));
        head.click("[data-testid=draft-template]");
        head.waitForURL("**/edit");
        head.fill("#title", "Giao ước thi đua năm 2021 của cụm thử nghiệm");
        head.fill("#signingPlace", "Xã Thử Nghiệm");
        head.fill("[id='targets0.value']", "không rõ");
        head.click("[data-testid=save]");
        assertThat(head.textContent("[data-testid=form-errors]")).contains("Chưa lưu được");
        assertThat(head.inputValue("#title")).isEqualTo("Giao ước thi đua năm 2021 của cụm thử nghiệm");
        head.fill("[id='targets0.value']", "105,5");
        head.click("[data-testid=save]");
        head.waitForURL(url("/pledges/*"));
        long pledgeId = Long.parseLong(head.url().replaceAll(".*/pledges/(\\d+).*", "$1"));
        head.fill("#deadline", LocalDate.now().plusDays(14).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        head.click("[data-testid=open]");
        head.waitForURL(url("/pledges/" + pledgeId));
        assertThat(head.textContent("[data-testid=pledge-status]")).isEqualTo("Đang ký");
        head.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("1-open.png"))
                .setFullPage(true));

        sign(signIn(cluster.member(1)), pledgeId);

        Page second = signIn(cluster.member(2));
        second.navigate(url("/pledges/" + pledgeId + "/sign"));
        second.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("2-sign.png"))
                .setFullPage(true));
        second.fill("#reason", "Chờ lãnh đạo đơn vị cho ý kiến");
        second.click("[data-testid=decline]");
        second.waitForURL(url("/pledges/" + pledgeId));
        assertThat(second.textContent("[data-testid=pledge-progress]"))
                .contains("Từ chối ký", "Chờ lãnh đạo đơn vị cho ý kiến");
        sign(second, pledgeId);

        sign(signIn(cluster.member(3)), pledgeId);

        head.navigate(url("/pledges/" + pledgeId));
        head.click("[data-testid=go-sign]");
        head.fill("#password", "thidua2026");
        head.click("[data-testid=sign]");
        head.waitForURL(url("/pledges/" + pledgeId));
        assertThat(head.textContent("[data-testid=pledge-status]")).isEqualTo("Đã hoàn thành");
        head.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("3-completed.png"))
                .setFullPage(true));

        Download pdf = head.waitForDownload(() -> head.click("[data-testid=download-pdf]"));
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Giao ước thi đua năm 2021 của cụm thử nghiệm",
                            "105,5",
                            "Người dùng m1 " + cluster.prefix,
                            "Người dùng m2 " + cluster.prefix,
                            "Người dùng m3 " + cluster.prefix,
                            "Người dùng head " + cluster.prefix);
        }
        Download docx = head.waitForDownload(() -> head.click("[data-testid=download-docx]"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx.path())));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains(
                            "Người dùng m1 " + cluster.prefix,
                            "Người dùng m3 " + cluster.prefix,
                            "Người dùng head " + cluster.prefix);
        }

        String verifyPath = head.getAttribute("[data-testid=verify-link]", "href");
        Page visitor = browser.newPage();
        try {
            visitor.navigate(url(verifyPath));
            assertThat(visitor.getAttribute("[data-testid=verify-result]", "data-result"))
                    .isEqualTo("intact");
            visitor.screenshot(new Page.ScreenshotOptions()
                    .setPath(shots.resolve("4-verify.png"))
                    .setFullPage(true));

            jdbc.update(
                    "update pledge_target set name = 'Chỉ tiêu bị sửa sau khi ký' where pledge_id = ? and position = 0",
                    pledgeId);

            visitor.reload();
            assertThat(visitor.getAttribute("[data-testid=verify-result]", "data-result"))
                    .isEqualTo("broken");
            assertThat(visitor.textContent("[data-testid=verify-signatures]")).contains("Không khớp");
        } finally {
            visitor.close();
        }

        // The pledge's own page warns too, and no longer offers its documents as if they were the signed text.
        head.navigate(url("/pledges/" + pledgeId));
        assertThat(head.isVisible("[data-testid=integrity-warning]")).isTrue();
        assertThat(head.locator("[data-testid=download-pdf]").count()).isZero();
        head.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("5-tampered.png"))
                .setFullPage(true));
        head.navigate(url("/pledges/" + pledgeId + "/document.pdf"));
        assertThat(head.textContent("[data-testid=document-refused]")).contains("Không xuất văn bản này");
    }
}
