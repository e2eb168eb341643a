package vn.thidua.award.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;

/**
 * The head drafts and submits the proposal in a browser, confirming the submission; the page fits a phone without
 * sideways scrolling, for the head and for a member.
 */
class ProposalBrowserTest extends BrowserTest {

    private static final int PHONE = 375;

    @Test
    void theHeadDraftsAndSubmitsAndThePageFitsAPhone() {
        ProposalFixture f = ProposalFixture.create(jdbc);
        long flag = f.type("FLAG", "COLLECTIVE", 1, null);
        f.requiredDocument(flag, "MINUTES", "Biên bản họp cụm", false);
        login(f.headUser);
        open("/proposals/term/" + f.termId);
        page.locator("[data-testid=start-form] button").click();
        page.waitForLoadState();

        page.locator("[data-testid=item-details] summary").click();
        page.locator("#awardTypeId").selectOption(String.valueOf(flag));
        page.locator("#unitId").selectOption(String.valueOf(f.unitA));
        page.locator("[data-testid=item-form] #summary")
                .fill("Dẫn đầu cụm năm 2021 với thành tích rất dài " + "xuất sắc ".repeat(40));
        page.locator("[data-testid=item-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=items]").textContent()).contains("Dẫn đầu cụm");

        page.locator("[data-testid=document-details] summary").click();
        page.locator("[data-testid=document-form] #kind").selectOption("MINUTES");
        page.locator("[data-testid=document-form] #file")
                .setInputFiles(new FilePayload("bien-ban.pdf", "application/pdf", ProposalServiceTest.pdf()));
        page.locator("[data-testid=document-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=dossier]").textContent()).contains("bien-ban.pdf");
        assertThat(page.locator("[data-testid=failures]").textContent()).contains("Quy tắc bình xét");

        f.closedVote(f.termId, flag, List.of(f.unitA), List.of(f.unitB));
        open("/proposals/term/" + f.termId);
        assertThat(page.locator("[data-testid=checks-ok]").isVisible()).isTrue();
        page.setViewportSize(PHONE, 812);
        assertFits("head-draft");

        page.setViewportSize(1280, 900);
        page.onceDialog(Dialog::accept);
        page.locator("[data-testid=submit-form] button").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=proposal-status]").textContent()).contains("Đã trình");
        assertThat(page.locator("[data-testid=item-form]").count()).isZero();

        page.context().clearCookies();
        page.setViewportSize(PHONE, 812);
        login(f.memberUser);
        open("/proposals/term/" + f.termId);
        assertThat(page.locator("[data-testid=items]").textContent()).contains("Dẫn đầu cụm");
        assertFits("member-read");
    }

    private void assertFits(String name) {
        page.waitForLoadState();
        screenshot(name);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width of " + name).isLessThanOrEqualTo(PHONE);
    }
}
