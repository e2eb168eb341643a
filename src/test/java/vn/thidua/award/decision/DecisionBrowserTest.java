package vn.thidua.award.decision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;

/**
 * The administrator records a decision on a phone: chooses the accepted items, downloads the draft, records it, sees
 * the decision, attaches its signed PDF and revokes the award by a later decision, with nothing off-screen.
 */
class DecisionBrowserTest extends BrowserTest {

    static final int WIDTH = 375;

    @Test
    void theAdministratorRecordsADecisionChoosingItemsAndAttachesTheSignedPdfOnAPhone() {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        long chosen = f.items.get(0);
        page.setViewportSize(WIDTH, 812);
        page.onDialog(dialog -> dialog.accept());
        login("admin");
        open("/decisions");
        page.getByTestId("new-decision").click();
        assertThat(page.locator("#authority")).hasValue("Ủy ban nhân dân tỉnh An Giang");
        assertThat(page.locator("[data-cluster-year='" + f.termId + "']")).containsText("Cụm quyết định " + f.tag);
        fits("form");

        page.locator("#decidedOn").fill("25/01/2021");
        // The year the form proposes follows the items on offer, which other tests add to: this decision is 2020's.
        page.locator("#year").fill("2020");
        page.locator("#signerTitle").fill("Chủ tịch");
        page.locator("#signerName").fill("Lê Văn Ký");
        page.locator("#subject").fill("Về việc tặng Cờ thi đua " + f.tag);
        page.locator("#item-" + chosen).check();
        page.locator("#achievement-" + chosen).fill("Dẫn đầu cụm " + f.tag + " năm 2020");

        Download draft = page.waitForDownload(() -> page.getByTestId("draft").click());
        assertThat(draft.suggestedFilename()).endsWith(".docx");

        // The number is missing: said beside its field, everything else kept.
        page.getByTestId("record").click();
        assertThat(page.locator("#number.is-invalid")).hasCount(1);
        assertThat(page.locator("#achievement-" + chosen)).hasValue("Dẫn đầu cụm " + f.tag + " năm 2020");
        assertThat(page.locator("#item-" + chosen)).isChecked();
        assertThat(page.locator("#decidedOn")).hasValue("25/01/2021");
        fits("problems");

        String number = DecisionServiceTest.number();
        page.locator("#number").fill(number);
        page.getByTestId("record").click();
        assertThat(page.getByTestId("number")).hasText(number);
        assertThat(page.getByTestId("awards")).containsText("Dẫn đầu cụm " + f.tag + " năm 2020");
        assertThat(page.getByTestId("awards")).containsText("Cờ thi đua của Ủy ban nhân dân tỉnh");
        fits("decision");

        page.locator("#decision-file")
                .setInputFiles(new FilePayload("quyet-dinh-da-ky.pdf", "application/pdf", DecisionServiceTest.pdf()));
        page.locator("[data-testid=file-form] button[type=submit]").click();
        assertThat(page.getByTestId("file-link")).hasText("quyet-dinh-da-ky.pdf");
        assertThat(page.getByTestId("file-form")).hasCount(0);
        fits("signed");
        assertThat(f.status()).isEqualTo("DECIDED");
        String first = page.url();

        // A later decision revokes the award; both stay visible, the award marked revoked on the first.
        page.getByTestId("to-revoke").click();
        fits("take-back");
        String later = DecisionServiceTest.number();
        page.locator("#number").fill(later);
        page.locator("#decidedOn").fill("01/03/2021");
        page.locator("#signerName").fill("Lê Văn Ký");
        page.locator("#subject").fill("Về việc thu hồi khen thưởng " + f.tag);
        page.getByTestId("kind").selectOption("REVOKED");
        page.getByTestId("reason").fill("Khai không đúng thành tích");
        page.getByTestId("take-back").click();
        assertThat(page.getByTestId("number")).hasText(later);
        assertThat(page.getByTestId("taken-back")).containsText("Khai không đúng thành tích");
        fits("later");
        open(first.substring(first.indexOf("/decisions")));
        assertThat(page.getByTestId("taken-back-mark")).containsText(later);
        open("/decisions?q=" + f.tag);
        assertThat(page.getByTestId("decision-list")).containsText(number);
        assertThat(page.getByTestId("decision-list")).containsText(later);
        fits("list");
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
