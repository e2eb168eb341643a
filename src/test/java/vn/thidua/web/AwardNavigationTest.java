package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The menu "Khen thưởng" leads each role to the award pages it may open: the staff to the review, decisions,
 * certificate layouts, reports and the search of people's awards (a province's staff to its onward proposals, a central
 * council's to their review), the administrators also to the import of award history and the publicity settings, a
 * unit officer to its unit's award history, and everyone signed in to their organiser's published awards.
 */
class AwardNavigationTest extends IntegrationTest {

    private static final List<String> STAFF =
            List.of("/review", "/decisions", "/admin/certificate-layouts", "/reports/awards", "/award-history/people");
    private static final List<String> ADMIN = List.of("/admin/award-history/import", "/admin/publicity");

    private String menuOf(String user) throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/").with(Users.as(jdbc, user)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        int start = page.indexOf("data-testid=\"nav-awards\"");
        assertThat(start).as(user).isPositive();
        String menu = page.substring(start, page.indexOf("</ul>", start));
        assertThat(menu).as(user).contains("Khen thưởng");
        return menu;
    }

    private static String link(String url) {
        return "href=\"" + url + "\"";
    }

    private static String[] links(List<String> urls) {
        return urls.stream().map(AwardNavigationTest::link).toArray(String[]::new);
    }

    @Test
    void theProvincesAdministratorSeesEveryAwardPageOfItsProvince() throws Exception {
        String menu = menuOf("admin");
        assertThat(menu).contains(links(STAFF)).contains(links(ADMIN));
        assertThat(menu).contains(link("/onward"), link("/public/awards/AG"), "Thẩm định", "Đề nghị cấp Nhà nước");
        assertThat(menu).doesNotContain(link("/onward/review"), "/units/");
    }

    @Test
    void theProvincesReviewerSeesTheStaffPagesButNotTheAdministrators() throws Exception {
        String menu = menuOf("thamdinh");
        assertThat(menu).contains(links(STAFF)).contains(link("/onward"), link("/public/awards/AG"));
        assertThat(menu).doesNotContain(links(ADMIN));
        assertThat(menu).doesNotContain("/units/");
    }

    @Test
    void theCentralCouncilsAdministratorReviewsOnwardProposalsAndDraftsNone() throws Exception {
        String menu = menuOf("trunguong");
        assertThat(menu).contains(links(STAFF)).contains(links(ADMIN));
        assertThat(menu).contains(link("/onward/review"), link("/public/awards/TW"));
        assertThat(menu).doesNotContain(link("/onward"), "/public/awards/AG");
    }

    @Test
    void aUnitOfficerSeesItsUnitsHistoryAndThePublishedAwards() throws Exception {
        long unit = jdbc.queryForObject("select unit_id from app_user where username = 'anphu'", Long.class);
        for (String officer : List.of("anphu", "kienhai")) {
            String menu = menuOf(officer);
            assertThat(menu).as(officer).doesNotContain(links(STAFF)).doesNotContain(links(ADMIN));
            assertThat(menu).as(officer).doesNotContain(link("/onward"), link("/onward/review"));
        }
        String anphu = menuOf("anphu");
        assertThat(anphu).contains(link("/units/" + unit + "/awards"), link("/public/awards/AG"));
        long kienhai = jdbc.queryForObject("select unit_id from app_user where username = 'kienhai'", Long.class);
        String head = menuOf("kienhai");
        assertThat(head).contains(link("/units/" + kienhai + "/awards"), link("/public/awards/KG"));
        assertThat(head).doesNotContain("/units/" + unit + "/");
    }
}
