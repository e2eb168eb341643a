package vn.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.thidua.support.IntegrationTest;

class LoginTest extends IntegrationTest {

    @Test
    void demoAccountsSignInWithTheDemoPassword() throws Exception {
        for (String username : new String[] {"admin", "cumtruong2", "anphu", "trunguong"}) {
            mvc.perform(formLogin("/login").user(username).password("thidua2026"))
                    .andExpect(authenticated().withUsername(username))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() throws Exception {
        mvc.perform(formLogin("/login").user("anphu").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng")));
    }

    @Test
    void aFailedSignInShowsTheUserNameAgain() throws Exception {
        var session = (org.springframework.mock.web.MockHttpSession)
                mvc.perform(formLogin("/login").user("nobody.here").password("wrong"))
                        .andExpect(redirectedUrl("/login?error=bad"))
                        .andReturn()
                        .getRequest()
                        .getSession();
        mvc.perform(get("/login").param("error", "bad").session(session))
                .andExpect(content().string(containsString("value=\"nobody.here\"")));
    }

    @Test
    void signInBookkeepingLeavesTheAccountVersionAloneSoThatAdminsEditsDoNotConflict() throws Exception {
        Long before = jdbc.queryForObject("select version from app_user where username = 'kienluong'", Long.class);
        mvc.perform(formLogin("/login").user("kienluong").password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("kienluong").password("thidua2026"))
                .andExpect(authenticated());
        assertThat(jdbc.queryForObject("select version from app_user where username = 'kienluong'", Long.class))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select last_login_at is not null and failed_attempts = 0 from app_user where username = 'kienluong'",
                        Boolean.class))
                .isTrue();
    }

    @Test
    void repeatedFailuresFromManyAddressesThrottleTheAccountEvenForTheRightPassword() throws Exception {
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id)
                select 'lockme', password_hash, 'Lock test', 'VIEWER', organizer_id from app_user where username = 'admin'""");
        // Each address stays below its own limit: only the account's count throttles.
        for (int i = 0; i < LoginAttempts.ACCOUNT.freeFailures(); i++) {
            mvc.perform(signInFrom("198.18.0." + (i + 1), "lockme", "wrong")).andExpect(unauthenticated());
        }
        // The same answer as a wrong password: whoever is guessing cannot tell that the account is throttled.
        mvc.perform(signInFrom("198.18.1.1", "lockme", "thidua2026"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    static org.springframework.test.web.servlet.RequestBuilder signInFrom(
            String address, String username, String password) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("username", username)
                .param("password", password);
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void loginPageSendsAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(content().string(containsString("thidua2026")));
    }
}
