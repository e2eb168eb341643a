package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The audit filter offers the actions and kinds of record of one's own organiser's trail, never another's. */
class AuditFilterChoicesTest extends IntegrationTest {

    private List<String> choices(String page, String select) {
        Matcher block = Pattern.compile("<select[^>]*name=\"" + select + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(block.find()).as(select).isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(block.group(1));
        List<String> values = new ArrayList<>();
        while (option.find()) {
            values.add(option.group(1));
        }
        return values;
    }

    private void record(long organizer, String action, String entityType) {
        jdbc.update(
                "insert into audit_event (actor, organizer_id, action, entity_type, summary) values ('kiemthu', ?, ?, ?, 'lọc nhật ký')",
                organizer,
                action,
                entityType);
    }

    @Test
    void theFilterListsOnlyTheActionsAndRecordKindsOfOnesOwnOrganiser() throws Exception {
        String code = "AF"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        long organizer = idOf(
                "insert into organizer (code, name, kind, working_year) values (?, ?, 'PROVINCE', 2021) returning id",
                code,
                "Hội đồng lọc nhật ký " + code);
        String admin = code.toLowerCase() + "-admin";
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id)
                select ?, password_hash, ?, 'PROVINCE_ADMIN', ? from app_user where username = 'admin'""", admin, "Quản trị " + code, organizer);
        record(organizer, "UNIT_CREATED", "Unit");
        long anGiang = idOf("select id from organizer where code = 'AG'");
        record(anGiang, "PLEDGE_REMINDED", "Pledge");

        String own = mvc.perform(get("/admin/audit").with(Users.as(jdbc, admin)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(choices(own, "action")).containsExactly("UNIT_CREATED");
        assertThat(choices(own, "entityType")).containsExactly("Unit");

        String ofAnGiang = mvc.perform(get("/admin/audit").with(Users.as(jdbc, "admin")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(choices(ofAnGiang, "action"))
                .contains("PLEDGE_REMINDED")
                .containsExactlyElementsOf(jdbc.queryForList(
                        "select distinct action from audit_event where organizer_id = ? order by action",
                        String.class,
                        anGiang));
    }
}
