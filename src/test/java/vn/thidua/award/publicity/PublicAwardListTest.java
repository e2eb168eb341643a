package vn.thidua.award.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.award.report.Html;
import vn.thidua.award.report.ReportFixture;
import vn.thidua.award.report.ReportFixture.Item;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The public list of awards: open to anyone, nothing private, searchable without diacritics, pending on request. */
class PublicAwardListTest extends IntegrationTest {

    ReportFixture f;
    DecisionFixture decision;
    long revokedAward;
    List<Long> submitted;
    List<Long> reviewed;

    @BeforeEach
    void awards() {
        f = ReportFixture.create(jdbc);
        decision = DecisionFixture.record(jdbc, f.organizerId, 2021);
        decision.grant(f.flag, f.chauThanh, "Thành tích riêng của Châu Thành");
        decision.grant(f.merit, f.anPhu, "Nguyễn Thị Hoa", "Phó Chủ tịch", "Thành tích cá nhân");
        revokedAward = decision.grant(f.flag, f.choMoi, "Thành tích của Chợ Mới");
        DecisionFixture.revoke(jdbc, revokedAward, "Lý do thu hồi nội bộ");
        submitted = f.proposal(2021, "SUBMITTED", Item.collective(f.governmentFlag, f.anPhu));
        reviewed = f.proposal(
                2021,
                "REVIEWED",
                Item.collective(f.flag, f.anPhu),
                new Item(f.flag, f.choMoi, null, "REJECTED"),
                Item.collective(f.governmentFlag, f.chauThanh));
        DecisionFixture later = DecisionFixture.record(jdbc, f.organizerId, 2021);
        f.decide(later.decisionId, reviewed.get(2));
    }

    private String page(String query) throws Exception {
        var request = get("/public/awards/" + f.tag + "/2021");
        if (!query.isEmpty()) {
            request.param("q", query);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theDecidedAwardsOfTheYearAreListedByAwardTypeForAnyoneWithoutSigningIn() throws Exception {
        String page = page("");
        assertThat(Html.texts(page, "public-type"))
                .containsExactly(
                        "Cờ thi đua của Ủy ban nhân dân tỉnh",
                        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                        "Cờ thi đua của Chính phủ");
        List<String> rows = Html.texts(page, "public-award");
        assertThat(rows).hasSize(4);
        String text = Html.text(page);
        assertThat(text)
                .contains("Ủy ban nhân dân huyện Châu Thành", "Nguyễn Thị Hoa", "Phó Chủ tịch", decision.number);
        assertThat(Html.attributes(page, "public-verify", "href"))
                .contains("/verify/award/" + decision.verificationCodes.get(0));
        // The revoked award stays, marked as revoked; nothing private is shown.
        assertThat(rows.stream().filter(row -> row.contains("Đã thu hồi")))
                .singleElement()
                .asString()
                .contains("Chợ Mới");
        assertThat(text).doesNotContain("Lý do thu hồi nội bộ", "Thành tích riêng", "04/03/1975", "Lý do nội bộ");
    }

    @Test
    void searchingWithoutDiacriticsFindsTheUnit() throws Exception {
        assertThat(Html.texts(page("chau thanh"), "public-award"))
                .hasSize(2)
                .allMatch(row -> row.contains("Châu Thành"));
        String none = page("khong co ai");
        assertThat(Html.texts(none, "public-award")).isEmpty();
        assertThat(Html.texts(none, "empty-state")).hasSize(1);
    }

    @Test
    void aYearWithoutAwardsShowsTheEmptyStateAndTheYearsThatHaveThem() throws Exception {
        String html = mvc.perform(get("/public/awards/" + f.tag + "/2019"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Html.texts(html, "empty-state")).hasSize(1);
        assertThat(Html.texts(html, "public-year")).containsExactly("2021", "2019");
    }

    @Test
    void anUnknownOrganiserOrAnImpossibleYearIsNotFound() throws Exception {
        mvc.perform(get("/public/awards/KHONGCO" + f.tag + "/2021")).andExpect(status().isNotFound());
        mvc.perform(get("/public/awards/" + f.tag + "/1999")).andExpect(status().isNotFound());
        mvc.perform(get("/public/awards/KHONGCO" + f.tag)).andExpect(status().isNotFound());
        mvc.perform(get("/public/awards/" + f.tag)).andExpect(redirectedUrl("/public/awards/" + f.tag + "/2021"));
        mvc.perform(get("/public/awards/" + f.tag + "/2021?page=-5&q=%00")).andExpect(status().isOk());
    }

    @Test
    void proposalsUnderConsiderationAreShownOnlyOnceTheAdministratorTurnsThemOn() throws Exception {
        assertThat(page("")).doesNotContain("public-pending-section");

        mvc.perform(post("/admin/publicity")
                        .param("showPending", "true")
                        .param("version", "")
                        .with(csrf())
                        .with(Users.as(jdbc, f.admin)))
                .andExpect(redirectedUrlPattern("/admin/publicity*"))
                .andExpect(flash().attributeExists("flash"));

        String page = page("");
        // Submitted and accepted-but-undecided items; not the rejected one, not the one already decided.
        assertThat(Html.texts(page, "public-pending-row"))
                .containsExactlyInAnyOrder(
                        "Cờ thi đua của Ủy ban nhân dân tỉnh Ủy ban nhân dân huyện An Phú",
                        "Cờ thi đua của Chính phủ Ủy ban nhân dân huyện An Phú");
        assertThat(Html.text(page)).doesNotContain("Thành tích xuất sắc riêng tư", "Lý do nội bộ");
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_publicity_change where organizer_id = ? and show_pending",
                        Long.class,
                        f.organizerId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where organizer_id = ? and action = 'AWARD_PUBLICITY_CHANGED'",
                        Long.class,
                        f.organizerId))
                .isEqualTo(1);
    }

    @Test
    void aChangeMadeToAnOlderVersionIsRefused() throws Exception {
        mvc.perform(post("/admin/publicity")
                .param("showPending", "true")
                .with(csrf())
                .with(Users.as(jdbc, f.admin)));
        mvc.perform(post("/admin/publicity").param("version", "").with(csrf()).with(Users.as(jdbc, f.admin)))
                .andExpect(redirectedUrlPattern("/admin/publicity*"));
        assertThat(jdbc.queryForObject(
                        "select show_pending from award_publicity where organizer_id = ?",
                        Boolean.class,
                        f.organizerId))
                .isTrue();
    }

    @Test
    void onlyTheAdministratorSeesAndChangesTheSetting() throws Exception {
        mvc.perform(get("/admin/publicity").with(Users.as(jdbc, f.admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/publicity").with(Users.as(jdbc, f.reviewer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/publicity").with(Users.as(jdbc, f.officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/publicity")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/publicity")
                        .param("showPending", "true")
                        .with(csrf())
                        .with(Users.as(jdbc, f.reviewer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/publicity")
                        .param("showPending", "true")
                        .with(csrf())
                        .with(Users.as(jdbc, f.officer)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_publicity where organizer_id = ?", Long.class, f.organizerId))
                .isZero();
    }
}
