package vn.thidua.web;

import com.microsoft.playwright.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.support.BrowserTest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo account walks every page its menu offers, and the first detail page linked from each: each opens
 * without an error, in Vietnamese, with a heading and the navigation, and without a console or CSP problem.
 */
class MainPagesBrowserTest extends BrowserTest {

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

    private List<String> hrefs(String selector) {
        List<?> values = (List<?>) page.locator(selector).evaluateAll("links => links.map(a => a.getAttribute('href'))");
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
            assertThat(html).as(path + " for " + username + " shows no English or error text").doesNotContain(english);
        }
        screenshot(username + path.replace('/', '_'));
    }
}
