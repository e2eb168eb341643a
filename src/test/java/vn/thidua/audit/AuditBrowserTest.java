package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

class AuditBrowserTest extends IntegrationTest {

    @BeforeEach
    void recordEventsOfOurOwn() {
        if (jdbc.queryForObject("select count(*) from audit_event where actor = 't.filter'", Integer.class) > 0) {
            return;
        }
        // 10 March 2019, 23:30 in Vietnam: still the 10th there, already the 10th 16:30 in UTC.
        record(
                "AG",
                "t.filter",
                "USER_UPDATED",
                "User",
                "2019-03-10 23:30:00+07",
                "filter-e1",
                "{\"fullName\": \"Trước\", \"role\": \"VIEWER\"}",
                "{\"fullName\": \"Sau\", \"role\": \"VIEWER\"}",
                "Lý do thử");
        // 11 March 2019, 00:30 in Vietnam: the 11th there, still the 10th in UTC.
        record(
                "AG",
                "t.filter",
                "UNIT_CREATED",
                "Unit",
                "2019-03-11 00:30:00+07",
                "filter-e2",
                null,
                "{\"code\": \"X1\"}",
                null);
        record("KG", "t.filter", "USER_UPDATED", "User", "2019-03-10 10:00:00+07", "filter-e3-kg", null, null, null);
        record("AG", "t.other", "USER_UPDATED", "User", "2019-03-10 11:00:00+07", "filter-e4", null, null, null);
        record("AG", "t.filter", "SOMETHING_NEW", "Gadget", "2019-03-09 09:00:00+07", "filter-e5", null, null, null);
        for (int i = 0; i < 25; i++) {
            record("AG", "t.paging", "USER_UPDATED", "User", "2018-01-01 08:00:00+07", "paging-" + i, null, null, null);
        }
    }

    @Test
    void provincialStaffOpenTheAuditTrailOthersAreRefused() throws Exception {
        for (String username : List.of("admin", "thamdinh", "kiengiang")) {
            mvc.perform(get("/admin/audit").with(Users.as(jdbc, username))).andExpect(status().isOk());
        }
        for (String username : List.of("anphu", "cumtruong2", "kienhai")) {
            mvc.perform(get("/admin/audit").with(Users.as(jdbc, username))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
    }

    @Test
    void filtersByActorEntityTypeActionAndVietnameseDays() throws Exception {
        assertThat(summaries("actor", "t.filter")).containsExactly("filter-e2", "filter-e1", "filter-e5");
        assertThat(summaries("actor", "T.FILTER", "entityType", "User")).containsExactly("filter-e1");
        assertThat(summaries("actor", "t.filter", "action", "UNIT_CREATED")).containsExactly("filter-e2");
        assertThat(summaries("actor", "t.filter", "from", "11/03/2019", "to", "11/03/2019"))
                .containsExactly("filter-e2");
        assertThat(summaries("actor", "t.filter", "from", "10/03/2019", "to", "10/03/2019"))
                .containsExactly("filter-e1");
        assertThat(summaries("actor", "t.filter", "to", "09/03/2019")).containsExactly("filter-e5");
        assertThat(summaries("actor", "nobody-at-all")).isEmpty();
    }

    @Test
    void eachOrganiserSeesOnlyItsOwnEvents() throws Exception {
        assertThat(summaries("actor", "t.filter")).doesNotContain("filter-e3-kg");
        assertThat(summariesFor("kiengiang", "actor", "t.filter")).containsExactly("filter-e3-kg");
        assertThat(summariesFor("thamdinh", "actor", "t.filter"))
                .contains("filter-e1")
                .doesNotContain("filter-e3-kg");
    }

    @Test
    void rowsShowVietnamTimeNamedActionReasonAndTheChangedFields() throws Exception {
        String page = mvc.perform(get("/admin/audit")
                        .param("actor", "t.filter")
                        .param("entityType", "User")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("10/03/2019 23:30:00", "Sửa tài khoản", "Lý do thử", "filter-e1");
        String diff = page.substring(page.indexOf("data-testid=\"audit-diff\""));
        diff = diff.substring(0, diff.indexOf("</table>"));
        // The name changed and is highlighted; the role did not, and is shown by its Vietnamese name.
        assertThat(diff)
                .containsPattern(
                        "audit-changed\">\\s*<th scope=\"row\">Họ và tên</th>[\\s\\S]*Trước[\\s\\S]*→[\\s\\S]*Sau");
        assertThat(diff).containsPattern("audit-unchanged\">\\s*<th scope=\"row\">Vai trò</th>[\\s\\S]*Người xem");
        assertThat(diff).doesNotContain("VIEWER");

        // An action or record without a name is shown by its code.
        mvc.perform(get("/admin/audit")
                        .param("actor", "t.filter")
                        .param("action", "SOMETHING_NEW")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(content().string(allOf(containsString("SOMETHING_NEW"), containsString("Gadget"))));
        mvc.perform(get("/admin/audit")
                        .param("actor", "t.filter")
                        .param("lang", "en")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(content().string(allOf(containsString("Account changed"), containsString("Unit created"))));
    }

    @Test
    void listIsPaginatedTwentyAPage() throws Exception {
        assertThat(summaries("actor", "t.paging")).hasSize(20);
        assertThat(summaries("actor", "t.paging", "page", "1")).hasSize(5);
        mvc.perform(get("/admin/audit").param("actor", "t.paging").with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("Hiển thị 1–20 trên 25 kết quả")));
    }

    @Test
    void badDatesComeBackAsMessagesNotErrors() throws Exception {
        mvc.perform(get("/admin/audit")
                        .param("actor", "t.filter")
                        .param("from", "32/13/2019")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy."),
                                containsString("value=\"32/13/2019\""),
                                containsString("filter-e1"))));
        mvc.perform(get("/admin/audit")
                        .param("from", "11/03/2019")
                        .param("to", "10/03/2019")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ngày kết thúc phải sau ngày bắt đầu."),
                                not(containsString("filter-e1")))));
    }

    private List<String> summaries(String... params) throws Exception {
        return summariesFor("admin", params);
    }

    /** The summaries of the events the page lists for {@code username}, in the page's order. */
    private List<String> summariesFor(String username, String... params) throws Exception {
        var request = get("/admin/audit").with(Users.as(jdbc, username));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher matcher =
                Pattern.compile("<div>((?:filter|paging)-[^<]*)</div>").matcher(page);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private void record(
            String organizer,
            String actor,
            String action,
            String entityType,
            String at,
            String summary,
            String oldValue,
            String newValue,
            String reason) {
        jdbc.update("""
                insert into audit_event (occurred_at, actor, organizer_id, action, entity_type, entity_id, summary, old_value, new_value, reason)
                values (?::timestamptz, ?, (select id from organizer where code = ?), ?, ?, 999001, ?, ?::jsonb, ?::jsonb, ?)""", at, actor, organizer, action, entityType, summary, oldValue, newValue, reason);
    }
}
