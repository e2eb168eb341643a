package vn.thidua.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** Creates accounts of the tests' own through the administrator's page, and signs them in for real. */
abstract class AccountTestSupport extends IntegrationTest {

    static final String INITIAL_PASSWORD = "Bat-dau-2026";

    /** Creates an An Giang account through the page, as {@code admin}; {@code unitCode} may be null. */
    long createUser(String username, String role, String unitCode) throws Exception {
        var request = post("/admin/users/new")
                .with(csrf())
                .with(Users.as(jdbc, "admin"))
                .param("username", username)
                .param("fullName", "Người thử " + username)
                .param("email", "")
                .param("role", role)
                .param("password", INITIAL_PASSWORD)
                .param("passwordConfirmation", INITIAL_PASSWORD);
        if (unitCode != null) {
            request.param("unitId", String.valueOf(unitId("AG", unitCode)));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return userId(username);
    }

    /** Creates an account that has already chosen its own password {@link #INITIAL_PASSWORD}. */
    long createActiveUser(String username, String role, String unitCode) throws Exception {
        long id = createUser(username, role, unitCode);
        jdbc.update("update app_user set password_change_required = false where id = ?", id);
        return id;
    }

    long userId(String username) {
        return idOf("select id from app_user where lower(username) = lower(?)", username);
    }

    long version(long userId) {
        return idOf("select version from app_user where id = ?", userId);
    }

    /** Signs in through the real sign-in form and returns the session, or null when sign-in failed. */
    MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("error")) {
            return null;
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
