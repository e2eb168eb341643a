package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

class NotificationControllerTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    long createUser(String username) {
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id)
                select ?, password_hash, ?, 'VIEWER', organizer_id from app_user where username = 'admin'""", username, "Người nhận " + username);
        return idOf("select id from app_user where username = ?", username);
    }

    @Test
    void eachPersonReadsAndOpensOnlyTheirOwnNotifications() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
        long reader = createUser("nreader" + suffix);
        long other = createUser("nother" + suffix);
        transactions.executeWithoutResult(status -> {
            notifications.notifyUsers(
                    List.of(reader),
                    NotificationMessage.of("notification.pledge.completed", "/pledges/42", "Giao ước A"));
            notifications.notifyUsers(
                    List.of(other),
                    NotificationMessage.of("notification.pledge.completed", "/pledges/43", "Giao ước B"));
        });
        long mine = idOf("select id from notification where user_id = ?", reader);
        long theirs = idOf("select id from notification where user_id = ?", other);

        mvc.perform(get("/notifications").with(Users.as(jdbc, "nreader" + suffix)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(
                                result.getResponse().getContentAsString()))
                        .contains("Giao ước \"Giao ước A\" đã hoàn thành ký kết.")
                        .doesNotContain("Giao ước B"));
        mvc.perform(post("/notifications/" + theirs + "/open")
                        .with(Users.as(jdbc, "nreader" + suffix))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + mine + "/open")
                        .with(Users.as(jdbc, "nreader" + suffix))
                        .with(csrf()))
                .andExpect(redirectedUrl("/pledges/42"));
        assertThat(jdbc.queryForObject(
                        "select read_at is not null from notification where id = ?", Boolean.class, mine))
                .isTrue();
        mvc.perform(post("/notifications/read-all")
                        .with(Users.as(jdbc, "nother" + suffix))
                        .with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(jdbc.queryForObject(
                        "select read_at is not null from notification where id = ?", Boolean.class, theirs))
                .isTrue();
        mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
    }
}
