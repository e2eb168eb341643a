package vn.thidua.award.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.award.vote.Vote;
import vn.thidua.award.vote.VoteFixture;
import vn.thidua.award.vote.VoteService;
import vn.thidua.support.BrowserTest;

/** An officer casts the unit's ballot on a phone: the ballot and vote pages need no sideways scrolling at 375 px. */
class VoteBrowserTest extends BrowserTest {

    private static final int WIDTH = 375;

    private static final String INPUTS_OUTSIDE = """
            () => Array.from(document.querySelectorAll('main input:not([type=hidden]), main select, main textarea, main label.btn'))
                .filter(e => e.offsetParent !== null)
                .map(e => { const r = e.getBoundingClientRect(); return {id: e.id || e.name, left: r.left, right: r.right}; })
                .filter(r => r.left < 0 || r.right > window.innerWidth + 0.5)""";

    @Autowired
    VoteService votes;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOfficerVotesFromAPhone() {
        VoteFixture f = VoteFixture.create(jdbc, 4);
        long type = f.type("M", "MEMBERS", "50", true, "0", null, 1);
        f.as(f.head());
        Vote vote = votes.prepare(
                f.termId,
                new VoteService.PrepareCommand(
                        List.of(type), VoteFixture.inMinutes(-60), VoteFixture.inMinutes(60), true, 1));
        votes.open(f.termId, vote.getVersion() + 0);
        SecurityContextHolder.clearContext();

        page.setViewportSize(WIDTH, 812);
        submitLogin(f.officers.get(1), VoteFixture.PASSWORD);
        open("/votes/term/" + f.termId);
        assertFits("vote-open");
        page.getByTestId("go-ballot").click();
        page.waitForLoadState();
        assertFits("ballot");
        page.locator("label.btn")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Không đồng ý"))
                .first()
                .click();
        page.locator("#password").fill(VoteFixture.PASSWORD);
        page.onDialog(dialog -> dialog.accept());
        page.getByTestId("cast").click();
        page.waitForLoadState();
        assertThat(page.url()).endsWith("/votes/term/" + f.termId);
        assertThat(page.content()).contains("Đã ghi nhận phiếu của đơn vị");
        assertThat(jdbc.queryForObject(
                        "select count(*) from vote_ballot_choice c join vote v on v.id = c.vote_id where v.term_id = ? and c.choice = 'AGAINST'",
                        Integer.class,
                        f.termId))
                .isEqualTo(1);

        page.context().clearCookies();
        login("anphu");
        open("/votes/term/" + termId("AG", "CUM2", 2020));
        assertFits("vote-closed");
    }

    private void assertFits(String name) {
        page.waitForLoadState();
        screenshot(name);
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue())
                .as("page width of " + name)
                .isLessThanOrEqualTo(WIDTH);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outside = (List<Map<String, Object>>) page.evaluate(INPUTS_OUTSIDE);
        assertThat(outside).as("inputs outside the screen on " + name).isEmpty();
    }
}
