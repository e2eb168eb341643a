package vn.thidua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.support.BrowserTest;

/**
 * Every demo account walks every page its menu offers, and the first detail page linked from each: each opens
 * without an error, in Vietnamese, with a heading and the navigation, and without a console or CSP problem.
 */
class MainPagesBrowserTest extends BrowserTest {

    /** Every field a person fills has a label: a label element, or an aria-label(ledby) where none fits. */
    private static final String UNLABELLED_FIELDS = """
            () => [...document.querySelectorAll('input, select, textarea')]
                .filter(f => !['hidden', 'submit', 'button', 'reset'].includes(f.type))
                .filter(f => !(f.labels && f.labels.length) && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby'))
                .map(f => f.outerHTML.substring(0, 120))
            """;

    private static final List<String> ENGLISH_WORDS = List.of(">Save<", ">Cancel<", ">Search<", ">Edit<", "Whitelabel");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "thamdinh", "cumtruong2", "anphu", "trunguong", "kienhai"})
    void demoAccountOpensEveryPageOfItsMenu(String username) {
        login(username);
        Set<String> menu = new LinkedHashSet<>(hrefs("#mainNav a[href^='/']"));
        menu.removeIf(href -> href.contains("lang="));
        assertThat(menu).contains("/", "/pledges");

        for (String path : menu) {
            visit(username, path);
            // The first record a list page links to, if any: its detail page must open too.
            hrefs("main table tbody a[href^='/']").stream().findFirst().ifPresent(detail -> visit(username, detail));
        }
    }

    @org.junit.jupiter.api.Test
    void theFormsPeopleFillAreLabelledAndInVietnamese() {
        long anPhuSheet = idOf("""
                select s.id from score_sheet s join unit u on u.id = s.unit_id join scoring_round r on r.id = s.round_id
                join cluster_term t on t.id = r.term_id join organizer o on o.id = u.organizer_id
                where o.code = 'AG' and u.code = 'AP' and t.year = 2021""");
        long haTienSheet = idOf("""
                select s.id from score_sheet s join unit u on u.id = s.unit_id join scoring_round r on r.id = s.round_id
                join cluster_term t on t.id = r.term_id join organizer o on o.id = u.organizer_id
                where o.code = 'KG' and u.code = 'HT' and t.year = 2021""");
        long table = idOf("select min(id) from criteria_table");
        long cum2 = termId("AG", "CUM2", 2021);

        login("admin");
        for (String path : List.of(
                "/admin/units/new",
                "/admin/units/import",
                "/admin/clusters/new",
                "/admin/users/new",
                "/admin/working-year",
                "/account/password",
                "/admin/scoring/tables/" + table,
                "/admin/scoring/tables/" + table + "/nodes/new",
                "/pledges/term/" + cum2)) {
            visit("admin", path);
        }
        page.context().clearCookies();
        login("anphu");
        visit("anphu", "/scoring/sheets/" + anPhuSheet);
        visit("anphu", "/pledges/term/" + cum2);
        page.context().clearCookies();
        login("hatien");
        visit("hatien", "/scoring/sheets/" + haTienSheet + "/results");
    }

    private List<String> hrefs(String selector) {
        List<?> values =
                (List<?>) page.locator(selector).evaluateAll("links => links.map(a => a.getAttribute('href'))");
        return values.stream().map(Object::toString).toList();
    }

    private void visit(String username, String path) {
        Response response = open(path);
        assertThat(response.status()).as(username + " opens " + path).isLessThan(400);
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.locator("#mainNav")).hasCount(1);
        assertThat(page.locator("main h1, main h2").first()).isVisible();
        String html = page.content();
        for (String english : ENGLISH_WORDS) {
            assertThat(html)
                    .as(path + " for " + username + " shows no English or error text")
                    .doesNotContain(english);
        }
        List<?> unlabelled = (List<?>) page.evaluate(UNLABELLED_FIELDS);
        assertThat(unlabelled).as("form fields without a label on " + path).isEmpty();
        screenshot(username + path.replace('/', '_'));
    }
}
