package vn.thidua.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUsers;

/**
 * People by name where a record kept their user name (who moved a sheet or a round on): one question for all the
 * names a page shows, among the reader's organiser's accounts. Templates reach it as {@code @peopleNames}.
 */
@Component("peopleNames")
public class PeopleNames {

    private final JdbcTemplate jdbc;

    PeopleNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The full name of each user name that belongs to an account of the reader's organiser. */
    @Transactional(readOnly = true)
    public Map<String, String> of(Collection<String> usernames) {
        Set<String> wanted = usernames.stream()
                .filter(name -> name != null && !name.isBlank())
                .map(String::toLowerCase)
                .collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        jdbc.query(
                "select username, full_name from app_user where organizer_id = ? and lower(username) = any(?)",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                    names.put(rs.getString(1).toLowerCase(), rs.getString(2));
                },
                CurrentUsers.require().organizerId(),
                wanted.toArray(String[]::new));
        return names;
    }

    /** The person's full name, or the user name itself when no account of the organiser has it. */
    public String name(Map<String, String> names, String username) {
        if (username == null) {
            return "";
        }
        return names.getOrDefault(username, names.getOrDefault(username.toLowerCase(), username));
    }
}
