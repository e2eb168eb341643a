package vn.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static vn.thidua.account.LoginTest.signInFrom;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in throttling per client address and per account, as the README's "Sign-in" section describes it. */
class SignInThrottleTest extends AccountTestSupport {

    @Test
    void unknownNamesWrongPasswordsAndThrottledAccountsGetTheSameAnswerInAboutTheSameTime() throws Exception {
        createActiveUser("t.same", "VIEWER", null);
        createActiveUser("t.same.locked", "VIEWER", null);
        for (int i = 0; i < LoginAttempts.ACCOUNT.freeFailures(); i++) {
            mvc.perform(signInFrom("198.18.10." + (i + 1), "t.same.locked", "wrong-" + i));
        }

        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        List<Long> throttled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            unknown.add(refusedIn("198.18.11." + i, "t.nobody.here" + i, "wrong-password"));
            wrong.add(refusedIn("198.18.12." + i, "t.same", "wrong-password"));
            // Even the right password: the attempt is refused before it is checked.
            throttled.add(refusedIn("198.18.13." + i, "t.same.locked", INITIAL_PASSWORD));
        }
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content()
                        .string(containsString(
                                "Tên đăng nhập hoặc mật khẩu không đúng, hoặc việc đăng nhập đang tạm bị chặn")));
        // A refusal without a password check would take a few milliseconds against a password check's tens: each
        // kind of refusal spends the time of one.
        long wrongTime = median(wrong);
        assertThat(median(unknown)).isGreaterThan(wrongTime / 5);
        assertThat(median(throttled)).isGreaterThan(wrongTime / 5);
    }

    @Test
    void anAddressThatKeepsFailingIsRefusedBeforeAnyPasswordIsChecked() throws Exception {
        createActiveUser("t.addr", "VIEWER", null);
        String attacker = "203.0.113.21";
        for (int i = 0; i < LoginAttempts.ADDRESS.freeFailures(); i++) {
            mvc.perform(signInFrom(attacker, "t.unknown.name" + i, "wrong"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        assertThat(jdbc.queryForObject(
                        "select blocked_until > now() from sign_in_address where address = ?", Boolean.class, attacker))
                .isTrue();

        // Even the right password of a real account is refused from there, and it is not counted against the account.
        mvc.perform(signInFrom(attacker, "t.addr", INITIAL_PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(signInFrom(attacker, "t.addr", "wrong")).andExpect(redirectedUrl("/login?error=bad"));
        assertThat(jdbc.queryForObject("select failed_attempts from app_user where username = 't.addr'", Integer.class))
                .isZero();

        // The wait doubles: a failure after the first wait blocks the address for two minutes.
        jdbc.update(
                "update sign_in_address set blocked_until = now() - interval '1 second' where address = ?", attacker);
        mvc.perform(signInFrom(attacker, "t.unknown.again", "wrong")).andExpect(redirectedUrl("/login?error=bad"));
        assertThat(jdbc.queryForObject("""
                select extract(epoch from blocked_until - last_failure_at) from sign_in_address where address = ?""", Double.class, attacker)).isEqualTo(120.0);
    }

    @Test
    void theOwnerStillSignsInFromElsewhereWhileTheirAccountIsAttackedFromOneAddress() throws Exception {
        createActiveUser("t.target", "VIEWER", null);
        String attacker = "203.0.113.31";
        for (int i = 0; i < LoginAttempts.ADDRESS.freeFailures() + 5; i++) {
            mvc.perform(signInFrom(attacker, "t.target", "guess-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(signInFrom(attacker, "t.target", INITIAL_PASSWORD)).andExpect(unauthenticated());

        mvc.perform(signInFrom("203.0.113.32", "t.target", INITIAL_PASSWORD))
                .andExpect(authenticated().withUsername("t.target"));
    }

    @Test
    void theOwnerIsToldOnceWhenTheirAccountIsThrottled() throws Exception {
        long id = createActiveUser("t.notified", "VIEWER", null);
        for (int i = 0; i < LoginAttempts.ACCOUNT.freeFailures() - 1; i++) {
            mvc.perform(signInFrom("198.18.20." + (i + 1), "t.notified", "wrong"));
        }
        assertThat(notificationsOf(id)).isZero();
        mvc.perform(signInFrom("198.18.21.1", "t.notified", "wrong"));
        assertThat(notificationsOf(id)).isEqualTo(1);
        // Attempts during the wait are refused without counting; the next failure after it does not notify again.
        mvc.perform(signInFrom("198.18.21.2", "t.notified", "wrong"));
        jdbc.update("update app_user set locked_until = now() - interval '1 second' where id = ?", id);
        mvc.perform(signInFrom("198.18.21.3", "t.notified", "wrong"));
        assertThat(notificationsOf(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select failed_attempts from app_user where id = ?", Integer.class, id))
                .isEqualTo(LoginAttempts.ACCOUNT.freeFailures() + 1);

        var session = signIn("t.notified", INITIAL_PASSWORD);
        assertThat(session).isNull();
        jdbc.update("update app_user set locked_until = null where id = ?", id);
        session = signIn("t.notified", INITIAL_PASSWORD);
        mvc.perform(get("/notifications").session(session))
                .andExpect(content().string(containsString("Có nhiều lần đăng nhập sai vào tài khoản của bạn")));
    }

    @Test
    void aDisabledAccountIsOnlyNamedToWhoeverKnowsItsPassword() throws Exception {
        long id = createActiveUser("t.off", "VIEWER", null);
        jdbc.update("update app_user set enabled = false where id = ?", id);
        mvc.perform(signInFrom("198.18.30.1", "t.off", "wrong")).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(signInFrom("198.18.30.1", "t.off", INITIAL_PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    private long refusedIn(String address, String username, String password) throws Exception {
        long start = System.nanoTime();
        MvcResult result = mvc.perform(signInFrom(address, username, password)).andReturn();
        long elapsed = System.nanoTime() - start;
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error=bad");
        return elapsed;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private int notificationsOf(long userId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from notification where user_id = ? and message_key = 'notification.account.throttled'",
                Integer.class,
                userId);
        return count == null ? 0 : count;
    }
}
