package vn.thidua.award.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.proposal.SubmittedProposals;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.support.BrowserTest;

/**
 * The province's side of a cluster's proposal in a browser, from the review to the public list: the reviewer
 * recommends, the administrator returns the proposal with comments, the head reads them on a phone, corrects an item
 * and submits again; the administrator accepts one item, rejects the other and concludes the review, records the
 * decision, prints its certificates and a layout's calibration page; anyone verifies the award without signing in on
 * a phone; a later decision revokes it, which the verification page, the unit's award history and the public list
 * (searched without diacritics) show.
 */
class AwardDecisionJourneyBrowserTest extends BrowserTest {

    private static final int PHONE = 390;
    private static final int PHONE_HEIGHT = 844;

    @Autowired
    ProposalService proposals;

    @Test
    void aProposalIsReviewedReturnedDecidedPrintedVerifiedAndRevoked() throws IOException {
        SubmittedProposals.Submitted s = SubmittedProposals.create(jdbc, proposals);
        String tag = jdbc.queryForObject(
                "select code from cluster_term t join cluster c on c.id = t.cluster_id where t.id = ?",
                String.class,
                s.termId());
        String unitA = jdbc.queryForObject("select name from unit where id = ?", String.class, s.unitA());
        String typeName = jdbc.queryForObject("select name from award_type where id = ?", String.class, s.typeId());
        String today = DisplayFormat.DATE.format(LocalDate.now(BusinessTime.ZONE));
        page.onDialog(Dialog::accept);

        // 1. The reviewer recommends both items.
        login("thamdinh");
        open("/proposals/term/" + s.termId());
        page.getByTestId("to-review").click();
        page.waitForLoadState();
        assertThat(page).hasURL(Pattern.compile(".*/review/proposals/" + s.proposalId() + "$"));
        for (long item : new long[] {s.itemA(), s.itemB()}) {
            Locator card = item(item);
            card.locator("[data-testid=recommend-details] summary").click();
            card.locator("#recommend-" + item + "-ACCEPTED").check();
            card.locator("[data-testid=recommend-form] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(item(item).getByTestId("recommendation")).containsText("thamdinh");
        }

        // 2. The administrator returns the whole proposal with comments.
        page.context().clearCookies();
        login("admin");
        open("/review/proposals/" + s.proposalId());
        String comments = "Bổ sung số liệu thành tích " + tag + ".";
        page.locator("[data-testid=return-details] summary").click();
        page.locator("[data-testid=return-form] #comments").fill(comments);
        page.locator("[data-testid=return-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("proposal-status")).containsText("Trả lại để bổ sung");
        assertThat(page.getByTestId("history")).containsText(comments);

        // 3. The head reads the comments on a phone, corrects an item's summary and submits again.
        page.context().clearCookies();
        page.setViewportSize(PHONE, PHONE_HEIGHT);
        login(s.headUser());
        open("/notifications");
        page.getByTestId("notifications")
                .locator("li")
                .filter(new Locator.FilterOptions().setHasText("trả lại để bổ sung"))
                .filter(new Locator.FilterOptions().setHasText(tag))
                .locator("button[type=submit]")
                .click();
        page.waitForLoadState();
        assertThat(page).hasURL(Pattern.compile(".*/proposals/term/" + s.termId() + "$"));
        assertThat(page.getByTestId("returned")).containsText(comments);
        assertFits("head-returned");
        String corrected = "Dẫn đầu cụm " + tag + ", thu ngân sách vượt 12,5 % kế hoạch.";
        Locator edit = page.locator("form[action$='/items/" + s.itemA() + "']");
        page.locator("details[data-testid=edit-item]:has(form[action$='/items/" + s.itemA() + "']) > summary")
                .click();
        edit.locator("#summary-" + s.itemA()).fill(corrected);
        edit.locator("button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("items")).containsText(corrected);
        assertThat(page.getByTestId("checks-ok")).isVisible();
        page.locator("[data-testid=submit-form] button").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("proposal-status")).containsText("Đã trình");
        assertFits("head-resubmitted");

        // 4. The administrator accepts one item, rejects the other with a reason and concludes the review.
        page.context().clearCookies();
        page.setViewportSize(1280, 900);
        login("admin");
        open("/review/proposals/" + s.proposalId());
        assertThat(item(s.itemA())).containsText(corrected);
        judge(s.itemA(), "ACCEPTED", null);
        String rejection = "Chưa đủ tiêu chuẩn " + tag + ".";
        judge(s.itemB(), "REJECTED", rejection);
        assertThat(item(s.itemB()).getByTestId("outcome")).containsText(rejection);
        page.locator("[data-testid=conclude-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("proposal-status")).containsText("Đã thẩm định");

        // 5. The administrator records the decision of the accepted item and sees its page.
        open("/decisions");
        page.getByTestId("new-decision").click();
        page.waitForLoadState();
        assertThat(page.locator("#item-" + s.itemB())).hasCount(0);
        String number = "1" + tag.substring(1, 4) + "/QĐ-UBND-" + tag;
        page.locator("#number").fill(number);
        page.locator("#decidedOn").fill(today);
        page.locator("#year").fill("2021");
        page.locator("#signerTitle").fill("Chủ tịch");
        page.locator("#signerName").fill("Người ký " + tag);
        page.locator("#subject").fill("Về việc tặng " + typeName);
        page.locator("#item-" + s.itemA()).check();
        page.getByTestId("record").click();
        page.waitForLoadState();
        Matcher decided = Pattern.compile(".*/decisions/(\\d+)$").matcher(page.url());
        assertThat(decided.matches()).as("decision page " + page.url()).isTrue();
        long decision = Long.parseLong(decided.group(1));
        assertThat(page.getByTestId("number")).hasText(number);
        assertThat(page.getByTestId("awards")).containsText(unitA);
        String verifyPath = page.getByTestId("verify-link").getAttribute("href");

        // 6. The certificates of the decision, one page with the recipient, and a layout's calibration page.
        Download certificates =
                page.waitForDownload(() -> page.getByTestId("certificates-pdf").click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(certificates.path()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(squeezed(new PDFTextStripper().getText(pdf))).contains(squeezed(unitA));
        }
        open("/admin/certificate-layouts");
        page.locator("[data-testid=layout-table] tbody tr")
                .filter(new Locator.FilterOptions().setHas(page.locator(".badge.text-bg-success")))
                .first()
                .locator("a")
                .click();
        page.waitForLoadState();
        Download calibration =
                page.waitForDownload(() -> page.getByTestId("calibration-pdf").click());
        Path calibrationFile = calibration.path();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(calibrationFile))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }

        // 7. Anyone verifies the award on a phone without signing in; a later decision revokes it.
        assertThat(anonymous(verifyPath, "verify-valid", anonymous -> {
                    assertThat(anonymous.getByTestId("verify-result")).hasAttribute("data-result", "valid");
                    assertThat(anonymous.getByTestId("verify-unit")).containsText(unitA);
                    assertThat(anonymous.getByTestId("verify-award")).containsText(typeName);
                    assertThat(anonymous.getByTestId("verify-decision")).containsText(number);
                }))
                .isTrue();
        open("/decisions/" + decision);
        page.getByTestId("to-revoke").click();
        page.waitForLoadState();
        String revoking = "2" + tag.substring(1, 4) + "/QĐ-UBND-" + tag;
        String reason = "Phát hiện sai sót hồ sơ " + tag + ".";
        page.locator("#number").fill(revoking);
        page.locator("#decidedOn").fill(today);
        page.locator("#signerTitle").fill("Chủ tịch");
        page.locator("#signerName").fill("Người ký " + tag);
        page.locator("#subject").fill("Về việc thu hồi " + typeName);
        Locator row = page.locator("[data-testid=take-back-awards] tbody tr")
                .filter(new Locator.FilterOptions().setHasText(unitA));
        row.getByTestId("kind").selectOption("REVOKED");
        row.getByTestId("reason").fill(reason);
        page.getByTestId("take-back").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("number")).hasText(revoking);
        assertThat(page.getByTestId("taken-back")).containsText(unitA);
        open("/decisions/" + decision);
        assertThat(page.getByTestId("taken-back-mark")).containsText(revoking);
        assertThat(page.getByTestId("taken-back-mark")).containsText(reason);
        assertThat(anonymous(verifyPath, "verify-revoked", anonymous -> {
                    assertThat(anonymous.getByTestId("verify-result")).hasAttribute("data-result", "revoked");
                    assertThat(anonymous.getByTestId("verify-result")).containsText(revoking);
                }))
                .isTrue();

        // 8. The unit's history shows the award and its revocation; the public list finds it without diacritics.
        open("/units/" + s.unitA() + "/awards");
        Locator history = page.getByTestId("history-row").filter(new Locator.FilterOptions().setHasText(number));
        assertThat(history).hasCount(1);
        assertThat(history).containsText(typeName);
        assertThat(history.getByTestId("history-taken-back")).isVisible();
        assertThat(history).containsText(revoking);
        assertThat(history).containsText(reason);

        page.context().clearCookies();
        open("/public/awards/AG/2021");
        page.getByTestId("public-q").fill("uy ban nhan dan xa " + tag.toLowerCase() + "a");
        page.getByTestId("public-search").click();
        page.waitForLoadState();
        Locator found = page.getByTestId("public-award");
        assertThat(found).hasCount(1);
        assertThat(found).containsText(unitA);
        assertThat(found.getByTestId("public-revoked")).isVisible();
        assertThat(found.getByTestId("public-verify")).hasAttribute("href", verifyPath);
    }

    private Locator item(long item) {
        return page.locator("[data-testid=review-item][data-item='" + item + "']");
    }

    private void judge(long item, String outcome, String reason) {
        Locator card = item(item);
        card.locator("[data-testid=judge-details] summary").click();
        card.locator("#judge-" + item + "-" + outcome).check();
        if (reason != null) {
            card.locator("#judge-reason-" + item).fill(reason);
        }
        card.locator("[data-testid=judge-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(item(item).getByTestId("outcome")).containsText("admin");
    }

    /** Opens a path in a new browser context at phone width, signed in as nobody, and checks it. */
    private boolean anonymous(String path, String screenshotName, java.util.function.Consumer<Page> check) {
        Browser browser = page.context().browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(PHONE, PHONE_HEIGHT))) {
            Page anonymous = context.newPage();
            anonymous.navigate(path);
            anonymous.waitForLoadState();
            assertThat(anonymous.getByTestId("user-menu")).hasCount(0);
            check.accept(anonymous);
            anonymous.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", getClass().getSimpleName(), screenshotName + ".png"))
                    .setFullPage(true));
            Object width = anonymous.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue())
                    .as("page width of " + screenshotName)
                    .isLessThanOrEqualTo(PHONE);
        }
        return true;
    }

    private static String squeezed(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .replaceAll("\\s+", "");
    }

    private void assertFits(String name) {
        page.waitForLoadState();
        screenshot(name);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width of " + name).isLessThanOrEqualTo(PHONE);
    }
}
