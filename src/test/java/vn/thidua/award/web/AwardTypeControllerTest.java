package vn.thidua.award.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unbescape.html.HtmlEscape;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The award type pages in every role: the administrator manages, the reviewer reads, everyone else is refused. */
class AwardTypeControllerTest extends IntegrationTest {

    static ResultMatcher html(Matcher<? super String> matcher) {
        return result -> MatcherAssert.assertThat(
                HtmlEscape.unescapeHtml(result.getResponse().getContentAsString()), matcher);
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static MockHttpServletRequestBuilder typeForm(String url, String code) {
        return typeForm(url, code, "Loại thử " + code);
    }

    static MockHttpServletRequestBuilder typeForm(String url, String code, String name) {
        return post(url)
                .with(csrf())
                .param("code", code)
                .param("name", name)
                .param("category", "TITLE")
                .param("level", "PROVINCE")
                .param("recipient", "COLLECTIVE")
                .param("voteBase", "VALID_BALLOTS")
                .param("voteShareStrict", "false")
                .param("voteSharePercent", "66,67")
                .param("quorumPercent", "")
                .param("choices", "")
                .param("maxPerClusterYear", "1")
                .param("maxMemberPercent", "")
                .param("maxLeaderPercent", "")
                .param("legalSource", "Luật Thi đua, khen thưởng số 06/2022/QH15")
                .param("sortOrder", "5")
                .param("prerequisites[0].kind", "RANKED_FIRST")
                .param("documents[0].kind", "SUBMISSION")
                .param("documents[0].name", "Tờ trình đề nghị");
    }

    long create(String code) throws Exception {
        mvc.perform(typeForm("/admin/award-types/new", code)
                        .with(Users.as(jdbc, "admin"))
                        // Rows left empty are dropped.
                        .param("prerequisites[3].kind", "")
                        .param("documents[3].kind", "")
                        .param("documents[3].name", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/award-types/*"));
        return idOf("select id from award_type where code = ?", code);
    }

    @Test
    void theAdministratorCreatesATypeWithItsRulesAndSeesTheRuleInWords() throws Exception {
        String code = code("T");
        long id = create(code);
        assertThat(jdbc.queryForObject(
                        "select vote_share_percent from award_type where id = ?", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("66.67");
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_prerequisite where award_type_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_required_document where award_type_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'AWARD_TYPE_CREATED' and entity_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(1);
        // The trail names the prerequisites and documents in words, never by their codes.
        String recorded = jdbc.queryForObject(
                "select new_value::text from audit_event where action = 'AWARD_TYPE_CREATED' and entity_id = ?",
                String.class,
                id);
        assertThat(recorded)
                .contains("Dẫn đầu cụm, khối thi đua", "Tờ trình đề nghị (Một bản cho cả tờ trình)")
                .doesNotContain("RANKED_FIRST");
        mvc.perform(get("/admin/award-types").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString(code), containsString("Từ 2/3 số phiếu hợp lệ trở lên"))));
        mvc.perform(get("/admin/award-types/" + id).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Từ 2/3 số phiếu hợp lệ trở lên"),
                        containsString("Dẫn đầu cụm, khối thi đua"),
                        containsString("Tờ trình đề nghị"))));
    }

    @Test
    void everyProblemShowsBesideItsFieldAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(post("/admin/award-types/new")
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("code", "")
                        .param("name", "Tên còn giữ lại")
                        .param("voteBase", "MEMBERS")
                        .param("voteShareStrict", "true")
                        .param("voteSharePercent", "120")
                        .param("quorumPercent", "abc")
                        .param("maxPerClusterYear", "5000")
                        .param("prerequisites[0].kind", "CONSECUTIVE_YEARS")
                        .param("prerequisites[0].years", "11")
                        .param("documents[0].kind", "MINUTES")
                        .param("documents[0].name", ""))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Vui lòng nhập mã."),
                        containsString("Tỷ lệ phải lớn hơn 0 và không quá 100."),
                        containsString("Không phải là số hợp lệ."),
                        containsString("Phải là số nguyên từ 1 đến 1.000."),
                        containsString("Điều kiện này cần chọn một loại khen thưởng khác."),
                        containsString("Phải là số nguyên từ 1 đến 10."),
                        containsString("Vui lòng nhập tên tài liệu."),
                        containsString("Tên còn giữ lại"))));
    }

    @Test
    void aRowBeyondTheRowsATypeMayHoldIsABadRequest() throws Exception {
        String code = code("I");
        mvc.perform(typeForm("/admin/award-types/new", code)
                        .with(Users.as(jdbc, "admin"))
                        .param("prerequisites[5000].kind", "RANKED_FIRST"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from award_type where code = ?", Integer.class, code))
                .isZero();
    }

    @Test
    void aPrerequisiteMustNameATypeOfTheSameOrganiserAndNotItself() throws Exception {
        String code = code("P");
        long id = create(code);
        long foreign = idOf(
                "insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, "
                        + "vote_share_percent, vote_share_strict) select id, ?, 'Loại của Kiên Giang', 'TITLE', "
                        + "'PROVINCE', 'COLLECTIVE', 'MEMBERS', 50, true from organizer where code = 'KG' returning id",
                code("KG"));
        long version = idOf("select version from award_type where id = ?", id);
        mvc.perform(typeForm("/admin/award-types/" + id + "/edit", code)
                        .with(Users.as(jdbc, "admin"))
                        .param("version", String.valueOf(version))
                        .param("prerequisites[1].kind", "OTHER_AWARD_THIS_YEAR")
                        .param("prerequisites[1].otherTypeId", String.valueOf(foreign))
                        .param("prerequisites[2].kind", "CONSECUTIVE_YEARS")
                        .param("prerequisites[2].otherTypeId", String.valueOf(id))
                        .param("prerequisites[2].years", "2"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Loại khen thưởng được chọn không thuộc cơ quan của bạn."),
                        containsString("Không thể lấy chính loại khen thưởng này làm điều kiện."))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_prerequisite where award_type_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void aSecondSaveOfAnOldVersionIsAConflictKeepingTheInput() throws Exception {
        String code = code("V");
        long id = create(code);
        mvc.perform(typeForm("/admin/award-types/" + id + "/edit", code, "Lần sửa thứ nhất")
                        .with(Users.as(jdbc, "admin"))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(typeForm("/admin/award-types/" + id + "/edit", code, "Lần sửa thứ hai")
                        .with(Users.as(jdbc, "admin"))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Dữ liệu vừa được người khác thay đổi"),
                        containsString("Lần sửa thứ hai"),
                        containsString("data-testid=\"current-values\""))));
        assertThat(jdbc.queryForObject("select name from award_type where id = ?", String.class, id))
                .isEqualTo("Lần sửa thứ nhất");
    }

    @Test
    void deactivatingKeepsTheTypeAndRecordsWhy() throws Exception {
        long id = create(code("D"));
        long version = idOf("select version from award_type where id = ?", id);
        mvc.perform(post("/admin/award-types/" + id + "/deactivate")
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("version", String.valueOf(version))
                        .param("reason", "Thay bằng quy định mới"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select active from award_type where id = ?", Boolean.class, id))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select reason from award_type_history where award_type_id = ? and to_status = 'INACTIVE'",
                        String.class,
                        id))
                .isEqualTo("Thay bằng quy định mới");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'AWARD_TYPE_DEACTIVATED' and entity_id = ?",
                        Integer.class,
                        id))
                .isEqualTo(1);
        mvc.perform(get("/admin/award-types/" + id).with(Users.as(jdbc, "admin")))
                .andExpect(html(allOf(containsString("Ngừng áp dụng"), containsString("Áp dụng lại"))));
        mvc.perform(post("/admin/award-types/" + id + "/reactivate")
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select active from award_type where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void theReviewerReadsWithoutChangingAnything() throws Exception {
        long id = create(code("R"));
        mvc.perform(get("/admin/award-types").with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andExpect(html(not(containsString("href=\"/admin/award-types/new\""))));
        mvc.perform(get("/admin/award-types/" + id).with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        not(containsString("data-testid=\"award-type-edit\"")),
                        not(containsString("data-testid=\"status-form\"")))));
        mvc.perform(get("/admin/award-types/new").with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/award-types/" + id + "/edit").with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isForbidden());
        mvc.perform(typeForm("/admin/award-types/new", code("R")).with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/award-types/" + id + "/deactivate")
                        .with(csrf())
                        .with(Users.as(jdbc, "thamdinh"))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select active from award_type where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void unitOfficersAndHeadsAreRefused() throws Exception {
        long id = create(code("U"));
        for (String user : new String[] {"anphu", "cumtruong2"}) {
            mvc.perform(get("/admin/award-types").with(Users.as(jdbc, user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/award-types/" + id).with(Users.as(jdbc, user)))
                    .andExpect(status().isForbidden());
            mvc.perform(typeForm("/admin/award-types/new", code("U")).with(Users.as(jdbc, user)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherOrganisersAdministratorFindsNothing() throws Exception {
        long id = create(code("O"));
        mvc.perform(get("/admin/award-types/" + id).with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/award-types/" + id + "/edit").with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/award-types/" + id + "/deactivate")
                        .with(csrf())
                        .with(Users.as(jdbc, "kiengiang"))
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/award-types").with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isOk())
                .andExpect(html(not(containsString("Loại thử O-"))));
        assertThat(jdbc.queryForObject("select active from award_type where id = ?", Boolean.class, id))
                .isTrue();
    }
}
