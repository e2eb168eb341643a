package vn.thidua.award.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Dialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.proposal.SubmittedProposals;
import vn.thidua.award.proposal.SubmittedProposals.Submitted;
import vn.thidua.support.BrowserTest;

/**
 * At phone width, the administrator goes from the queue to a submitted proposal, rejects one item with a reason
 * (after being told the reason is missing), returns the proposal with comments after confirming, and the head reads
 * the comments on his proposal page.
 */
class ReviewBrowserTest extends BrowserTest {

    private static final int PHONE = 375;

    @Autowired
    ProposalService proposals;

    @Test
    void theAdministratorRejectsAnItemAndReturnsTheProposalAndTheHeadSeesTheComments() {
        Submitted s = SubmittedProposals.create(jdbc, proposals);
        page.setViewportSize(PHONE, 812);
        login("admin");
        open("/review?year=2021&status=SUBMITTED&size=100");
        assertFits("queue");
        page.locator("[data-proposal='" + s.proposalId() + "'] a").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=proposal-status]").textContent()).contains("Đã trình");
        assertThat(page.locator("[data-testid=checks-ok]").isVisible()).isTrue();
        assertFits("proposal");

        String item = "#item-" + s.itemB();
        page.locator(item + " [data-testid=judge-details] summary").click();
        page.locator(item + " input[value=REJECTED]").check();
        page.locator(item + " [data-testid=judge-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator(item + " .invalid-feedback").first().textContent())
                .contains("Hãy nêu lý do không chấp nhận");
        page.locator(item + " textarea[name=reason]").fill("Chưa có số liệu thu ngân sách");
        page.locator(item + " [data-testid=judge-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator(item + " [data-testid=outcome]").textContent())
                .contains("Không chấp nhận", "Chưa có số liệu thu ngân sách");
        assertFits("rejected");

        page.locator("[data-testid=return-details] summary").click();
        page.locator("[data-testid=return-form] #comments").fill("Bổ sung số liệu thu ngân sách của đơn vị");
        page.onceDialog(Dialog::accept);
        page.locator("[data-testid=return-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=proposal-status]").textContent()).contains("Trả lại");
        assertThat(page.locator("[data-testid=history]").textContent())
                .contains("Bổ sung số liệu thu ngân sách của đơn vị");

        page.context().clearCookies();
        login(s.headUser());
        open("/proposals/term/" + s.termId());
        assertThat(page.locator("[data-testid=returned]").textContent())
                .contains("Bổ sung số liệu thu ngân sách của đơn vị");
        assertFits("head");
        assertNoBrowserProblems();
    }

    private void assertFits(String name) {
        page.waitForLoadState();
        screenshot(name);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width of " + name).isLessThanOrEqualTo(PHONE);
    }
}
