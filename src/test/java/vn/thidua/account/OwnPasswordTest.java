package vn.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Users;

class OwnPasswordTest extends AccountTestSupport {

    /** 33 characters but 78 bytes: more than bcrypt reads. */
    private static final String TOO_LONG = "Mật khẩu dài ữỡợựỹữỡợựỹữỡợựỹữỡợựỹ";

    @Test
    void everySignedInUserOpensTheirPasswordPage() throws Exception {
        for (String username : List.of("admin", "thamdinh", "cumtruong2", "anphu", "kiengiang", "trunguong")) {
            mvc.perform(get("/account/password").with(Users.as(jdbc, username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Mật khẩu hiện tại")));
        }
        mvc.perform(get("/account/password")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theCurrentPasswordMustBeRight() throws Exception {
        createActiveUser("t.own1", "VIEWER", null);
        String hashBefore = hash("t.own1");
        mvc.perform(change("t.own1", "not-my-password", "Moi-hoan-toan-1", "Moi-hoan-toan-1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mật khẩu hiện tại không đúng."),
                                not(containsString("not-my-password")),
                                not(containsString("Moi-hoan-toan-1")))));
        mvc.perform(change("t.own1", "", "Moi-hoan-toan-1", "Moi-hoan-toan-1"))
                .andExpect(content().string(containsString("Vui lòng nhập mật khẩu hiện tại.")));
        assertThat(hash("t.own1")).isEqualTo(hashBefore);
        assertThat(signIn("t.own1", INITIAL_PASSWORD)).isNotNull();
    }

    @Test
    void wrongCurrentPasswordsCountLikeFailedSignInsAndThrottleBeforeTheNewOneIsCompared() throws Exception {
        createActiveUser("t.own.guess", "VIEWER", null);
        String hashBefore = hash("t.own.guess");
        mvc.perform(change("t.own.guess", "guess-0", "Moi-hoan-toan-5", "Moi-hoan-toan-5"))
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        assertThat(jdbc.queryForObject(
                        "select failed_attempts from app_user where username = 't.own.guess'", Integer.class))
                .isEqualTo(1);
        for (int i = 1; i < LoginAttempts.ACCOUNT.freeFailures(); i++) {
            // A guess typed as the new password too: no message about the new one while the current one is wrong.
            String guess = "Doan-thu-" + i;
            mvc.perform(change("t.own.guess", guess, guess, guess))
                    .andExpect(content()
                            .string(allOf(
                                    containsString("Mật khẩu hiện tại không đúng."),
                                    not(containsString("Mật khẩu mới phải khác mật khẩu hiện tại.")))));
        }
        // Throttled now: the right current password is refused before it is checked, so it cannot be confirmed by
        // the "new must differ" message.
        mvc.perform(change("t.own.guess", INITIAL_PASSWORD, INITIAL_PASSWORD, INITIAL_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Đã nhập sai mật khẩu quá nhiều lần."),
                                not(containsString("Mật khẩu mới phải khác mật khẩu hiện tại.")))));
        mvc.perform(change("t.own.guess", INITIAL_PASSWORD, "Moi-hoan-toan-6", "Moi-hoan-toan-6"))
                .andExpect(content().string(containsString("Đã nhập sai mật khẩu quá nhiều lần.")));
        assertThat(hash("t.own.guess")).isEqualTo(hashBefore);
        assertThat(signIn("t.own.guess", INITIAL_PASSWORD)).isNull();
    }

    @Test
    void theNewPasswordIsLongEnoughDifferentAndConfirmed() throws Exception {
        createActiveUser("t.own2", "VIEWER", null);
        String hashBefore = hash("t.own2");
        mvc.perform(change("t.own2", INITIAL_PASSWORD, "short", "short"))
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 8 ký tự.")));
        mvc.perform(change("t.own2", INITIAL_PASSWORD, INITIAL_PASSWORD, INITIAL_PASSWORD))
                .andExpect(content().string(containsString("Mật khẩu mới phải khác mật khẩu hiện tại.")));
        mvc.perform(change("t.own2", INITIAL_PASSWORD, "Moi-hoan-toan-2", "Moi-hoan-toan-3"))
                .andExpect(content().string(containsString("Mật khẩu nhập lại không khớp.")));
        mvc.perform(change("t.own2", INITIAL_PASSWORD, TOO_LONG, TOO_LONG))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu quá dài")));
        assertThat(hash("t.own2")).isEqualTo(hashBefore);
    }

    @Test
    void aChangedPasswordWorksAtTheNextSignInAndIsAuditedWithoutSecrets() throws Exception {
        long id = createActiveUser("t.own3", "UNIT_OFFICER", "CM");
        var otherSession = signIn("t.own3", INITIAL_PASSWORD);
        var session = signIn("t.own3", INITIAL_PASSWORD);
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", INITIAL_PASSWORD)
                        .param("password", "Moi-hoan-toan-4")
                        .param("passwordConfirmation", "Moi-hoan-toan-4"))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attributeExists("flash"));
        // The session that changed it goes on; the other one ends.
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/").session(otherSession)).andExpect(redirectedUrl("/login?error=changed"));
        assertThat(signIn("t.own3", INITIAL_PASSWORD)).isNull();
        assertThat(signIn("t.own3", "Moi-hoan-toan-4")).isNotNull();

        var audit = jdbc.queryForMap("""
                select actor, organizer_id, coalesce(old_value::text, '') || coalesce(new_value::text, '') as val, summary
                from audit_event where entity_type = 'User' and entity_id = ? and action = 'PASSWORD_CHANGED'""", id);
        assertThat(audit.get("actor")).isEqualTo("t.own3");
        assertThat(audit.get("organizer_id")).isEqualTo(idOf("select id from organizer where code = 'AG'"));
        assertThat(audit.get("val") + " " + audit.get("summary"))
                .doesNotContain("Moi-hoan-toan-4", INITIAL_PASSWORD, "bcrypt");
    }

    @Test
    void aNewAccountMustReplaceItsInitialPasswordBeforeAnythingElse() throws Exception {
        createUser("t.first", "UNIT_OFFICER", "CP");
        var session = signIn("t.first", INITIAL_PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/my/clusters").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", INITIAL_PASSWORD)
                        .param("password", "Cua-rieng-toi-1")
                        .param("passwordConfirmation", "Cua-rieng-toi-1"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select password_change_required from app_user where username = 't.first'", Boolean.class))
                .isFalse();
    }

    private org.springframework.test.web.servlet.RequestBuilder change(
            String username, String current, String password, String confirmation) {
        return post("/account/password")
                .with(csrf())
                .with(Users.as(jdbc, username))
                .param("currentPassword", current)
                .param("password", password)
                .param("passwordConfirmation", confirmation);
    }

    private String hash(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }
}
