package vn.thidua.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.Role;

/**
 * Signs MockMvc requests in as a demo account, looked up in the database so that ids match the demo data.
 */
public final class Users {

    private Users() {}

    public static RequestPostProcessor as(org.springframework.jdbc.core.JdbcTemplate jdbc, String username) {
        return user(principal(jdbc, username));
    }

    public static CurrentUser principal(org.springframework.jdbc.core.JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject(
                "select id, username, full_name, role, organizer_id, unit_id from app_user where username = ?",
                (rs, row) -> new CurrentUser(
                        rs.getLong("id"),
                        rs.getString("username"),
                        "n/a",
                        rs.getString("full_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getLong("organizer_id"),
                        (Long) rs.getObject("unit_id"),
                        true,
                        false),
                username);
    }
}
