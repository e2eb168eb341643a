package vn.thidua.pledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.support.Users;

/**
 * A cluster-year of its own for a test, so that tests never touch the demo pledges: a new organiser (working year
 * 2021) with member units, a head unit, an outside unit, a cluster and its 2021 term, and users for each role
 * (password {@code thidua2026}).
 */
final class PledgeFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final JdbcTemplate jdbc;
    final String prefix;
    final long organizerId;
    final long clusterId;
    final long termId;
    final long headUnit;
    final long outsideUnit;
    final List<Long> memberUnits = new ArrayList<>();
    final Map<Long, String> officers = new LinkedHashMap<>();

    private PledgeFixture(JdbcTemplate jdbc, int members) {
        this.jdbc = jdbc;
        this.prefix = "pf" + COUNTER.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);
        organizerId = id(
                "insert into organizer (code, name, kind, working_year) values (?, ?, 'PROVINCE', 2021) returning id",
                prefix.toUpperCase(),
                "Hội đồng thử nghiệm " + prefix);
        headUnit = unit("H", "Đơn vị cụm trưởng " + prefix, "Trưởng " + prefix);
        for (int i = 1; i <= members; i++) {
            memberUnits.add(unit("M" + i, "Đơn vị thành viên " + i + " " + prefix, "TV" + i));
        }
        outsideUnit = unit("X", "Đơn vị ngoài cụm " + prefix, "Ngoài " + prefix);
        clusterId = id(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizerId,
                "C" + prefix,
                "Cụm thử nghiệm " + prefix);
        termId = term(2021, "SET_UP");
        user("admin", "PROVINCE_ADMIN", null, hash);
        user("review", "PROVINCE_REVIEWER", null, hash);
        user("head", "CLUSTER_HEAD", headUnit, hash);
        user("out", "UNIT_OFFICER", outsideUnit, hash);
        for (int i = 0; i < memberUnits.size(); i++) {
            String name = "m" + (i + 1);
            user(name, "UNIT_OFFICER", memberUnits.get(i), hash);
            officers.put(memberUnits.get(i), username(name));
        }
    }

    static PledgeFixture create(JdbcTemplate jdbc, int members) {
        return new PledgeFixture(jdbc, members);
    }

    /** Another year of the same cluster, with the same members and head. */
    long term(int year, String status) {
        long term = id(
                "insert into cluster_term (cluster_id, year, status) values (?, ?, 'SET_UP') returning id",
                clusterId,
                year);
        jdbc.update("insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD')", term, headUnit);
        for (Long unit : memberUnits) {
            jdbc.update("insert into cluster_member (term_id, unit_id, role) values (?, ?, 'MEMBER')", term, unit);
        }
        // Members are chosen while the year is set up; then it moves on, as the database demands.
        jdbc.update("update cluster_term set status = ? where id = ?", status, term);
        return term;
    }

    String username(String role) {
        return prefix + "-" + role;
    }

    String member(int number) {
        return username("m" + number);
    }

    CurrentUser principal(String role) {
        return Users.principal(jdbc, username(role));
    }

    /** Acts as this fixture user in service calls on this thread. */
    void signIn(String role) {
        signInAs(jdbc, username(role));
    }

    static void signInAs(JdbcTemplate jdbc, String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long unit(String code, String name, String shortName) {
        return id(
                "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'COMMUNE') returning id",
                organizerId,
                code,
                name,
                shortName);
    }

    private void user(String role, String dbRole, Long unit, String hash) {
        jdbc.update(
                "insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id) values (?, ?, ?, ?, ?, ?)",
                username(role),
                hash,
                "Người dùng " + role + " " + prefix,
                dbRole,
                organizerId,
                unit);
    }

    private long id(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        if (id == null) {
            throw new IllegalStateException(sql);
        }
        return id;
    }
}
