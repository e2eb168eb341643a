package vn.thidua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.support.BrowserTest;

/** The layout, sign-in, language switch and error pages as each kind of demo user sees them. */
class FoundationBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            admin      | Ban Thi đua - Khen thưởng tỉnh An Giang                       | Quản trị viên cấp tỉnh
            cumtruong2 | Cán bộ huyện Châu Thành                                       | Đại diện đơn vị cụm trưởng
            anphu      | Cán bộ huyện An Phú                                           | Cán bộ đơn vị
            trunguong  | Vụ Thi đua - Khen thưởng, Ban Thi đua - Khen thưởng Trung ương | Quản trị viên cấp tỉnh
            """)
    void demoAccountSignsInSwitchesToEnglishAndBackAndSignsOut(String username, String fullName, String role) {
        login(username);
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.locator("h1")).hasText("Xin chào, " + fullName);
        assertThat(page.locator(".working-year")).hasText("Năm làm việc: 2021");
        assertThat(page.locator("main")).containsText("Năm làm việc 2021");
        screenshot(username + "-home");

        openUserMenu();
        assertThat(userMenu().getByText(role, new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        screenshot(username + "-user-menu");

        page.getByTestId("language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Hello, " + fullName);
        assertThat(page.locator(".working-year")).hasText("Working year: 2021");
        assertThat(page.getByTestId("language-switch")).hasText("Tiếng Việt");
        screenshot(username + "-english");

        page.getByTestId("language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.locator("h1")).hasText("Xin chào, " + fullName);

        openUserMenu();
        userMenu()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đăng xuất"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.getByText("Bạn đã đăng xuất.")).isVisible();
        screenshot(username + "-signed-out");

        assertThat(open("/").url()).contains("/login");
    }

    @Test
    void anUnexpectedFailureShowsTheVietnamesePageWithoutDetails() {
        login("anphu");
        Response response = open(vn.thidua.support.FailingController.PATH);
        assertThat(response.status()).isEqualTo(500);
        assertThat(page.locator("h1")).hasText("Đã xảy ra lỗi");
        assertThat(page.getByTestId("user-menu")).hasCount(1);
        assertThat(page.content()).doesNotContain("IllegalStateException").doesNotContain("must never see");
        forgetBrowserProblems();
    }

    @Test
    void aMalformedAddressShowsTheVietnameseErrorPage() {
        login("admin");
        Response response = open("/admin/units/not-a-number");
        assertThat(response.status()).isBetween(400, 404);
        assertThat(page.getByTestId("error-page")).isVisible();
        assertThat(page.content()).doesNotContain("NumberFormatException").doesNotContain("Whitelabel");
    }

    @Test
    void wrongPasswordShowsTheVietnameseError() {
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id)
                select 'browser.wrongpw', password_hash, 'Kiểm thử đăng nhập sai', 'VIEWER', organizer_id
                from app_user where username = 'admin'
                on conflict do nothing""");

        submitLogin("browser.wrongpw", "sai-mat-khau");

        assertThat(page).hasURL(Pattern.compile("/login\\?error=bad$"));
        assertThat(page.getByTestId("login-error"))
                .hasText(
                        "Tên đăng nhập hoặc mật khẩu không đúng, hoặc việc đăng nhập đang tạm bị chặn sau nhiều lần nhập sai. "
                                + "Vui lòng kiểm tra lại, hoặc thử lại sau ít phút.");
        assertThat(page.getByTestId("user-menu")).hasCount(0);
        screenshot("login-error");
    }

    @Test
    void unknownAddressShowsTheVietnameseNotFoundPageWithNavigation() {
        login("admin");

        Response response = open("/khong-co-trang-nay");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByTestId("error-page").locator("h1")).hasText("Không tìm thấy trang");
        assertThat(page).hasTitle(Pattern.compile("Không tìm thấy trang"));
        assertThat(page.getByTestId("user-menu")).isVisible();
        assertThat(page.locator(".working-year")).hasText("Năm làm việc: 2021");
        screenshot("404");

        page.getByTestId("error-page")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Về trang chủ"))
                .click();
        assertThat(page.locator("h1")).hasText("Xin chào, Ban Thi đua - Khen thưởng tỉnh An Giang");
    }

    @Test
    void unitOfficerOpeningTheUnitAdministrationSeesTheVietnameseAccessDeniedPage() {
        login("anphu");

        Response response = open("/admin/units");

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.getByTestId("error-page").locator("h1")).hasText("Không có quyền truy cập");
        assertThat(page.getByTestId("user-menu")).hasText("Cán bộ huyện An Phú");
        screenshot("403");
    }

    @Test
    void onANarrowScreenTheMenuOpensFromTheToggler() {
        page.setViewportSize(800, 900);
        login("admin");
        assertThat(page.getByTestId("user-menu")).isHidden();

        page.locator(".navbar-toggler").click();
        assertThat(page.locator("#mainNav")).hasClass(Pattern.compile("\\bshow\\b"));

        assertThat(page.getByTestId("user-menu")).isVisible();
        assertThat(page.getByTestId("language-switch")).isVisible();
        screenshot("menu-open");
    }

    @Test
    void theAwardMenuOpensOnAPhoneAndLeadsToTheReviewQueue() {
        page.setViewportSize(390, 844);
        login("trunguong");
        page.locator(".navbar-toggler").click();
        assertThat(page.locator("#mainNav")).hasClass(Pattern.compile("\\bshow\\b"));
        Locator awards = page.getByTestId("nav-awards");
        awards.locator(".dropdown-toggle").click();
        assertThat(awards.locator(".dropdown-menu")).isVisible();
        screenshot("award-menu-phone");
        awards.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Thẩm định").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/review$"));
        assertThat(page.locator("h1")).containsText("2021");
    }

    @Test
    void onADesktopScreenTheExpandedMenuStaysWithinThePage() {
        page.setViewportSize(1280, 900);
        login("admin");
        Locator awards = page.getByTestId("nav-awards");
        assertThat(awards).isVisible();
        // The menu wraps instead of widening the page beyond the screen.
        Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width.intValue()).isLessThanOrEqualTo(1280);
        assertThat(page.getByTestId("user-menu")).isVisible();
        assertThat(page.getByTestId("user-menu").boundingBox().x).isLessThan(1280);
        awards.locator(".dropdown-toggle").click();
        assertThat(awards.locator(".dropdown-menu")).isVisible();
        screenshot("award-menu-desktop");
    }

    @Test
    void browserCheckCatchesConsoleErrorsAndContentSecurityPolicyViolations() {
        open("/login");

        page.evaluate("console.error('boom')");
        page.evaluate("document.body.setAttribute('style', 'color: red')");
        page.waitForTimeout(200);

        assertThat(browserProblems()).anyMatch(problem -> problem.contains("boom"));
        assertThat(browserProblems()).anyMatch(problem -> problem.contains("style-src"));
        forgetBrowserProblems();
    }

    private void openUserMenu() {
        page.getByTestId("user-menu").click();
        assertThat(userMenu()).isVisible();
    }

    private Locator userMenu() {
        return page.getByTestId("user-menu").locator("xpath=following-sibling::ul[contains(@class,'dropdown-menu')]");
    }
}
