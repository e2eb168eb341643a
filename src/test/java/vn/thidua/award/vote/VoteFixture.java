package vn.thidua.award.vote;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.common.BusinessTime;
import vn.thidua.support.Users;

/**
 * A cluster of An Giang of its own for one test, in the working year 2021, at its results with a finalised scoring
 * round: unit 0 heads it, every unit has an officer (user name {@code officer(i)}), and award types of its own.
 */
public final class VoteFixture {

    public static final String PASSWORD = "thidua2026";

    public final String tag;
    public final long organizerId;
    public final long clusterId;
    public final long termId;
    public final List<Long> units = new ArrayList<>();
    public final List<String> officers = new ArrayList<>();
    private final JdbcTemplate jdbc;

    private VoteFixture(JdbcTemplate jdbc, int members) {
        this.jdbc = jdbc;
        this.tag = "V"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        organizerId = jdbc.queryForObject("select id from organizer where code = 'AG'", Long.class);
        clusterId = jdbc.queryForObject(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                Long.class,
                organizerId,
                tag,
                "Cụm bình xét " + tag);
        termId = jdbc.queryForObject(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                Long.class,
                clusterId);
        for (int i = 0; i < members; i++) {
            long unit = jdbc.queryForObject(
                    "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'COMMUNE') returning id",
                    Long.class,
                    organizerId,
                    tag + i,
                    "Ủy ban nhân dân xã bình xét " + tag + " " + (char) ('A' + i),
                    tag + i);
            units.add(unit);
            jdbc.update(
                    "insert into cluster_member (term_id, unit_id, role) values (?, ?, ?)",
                    termId,
                    unit,
                    i == 0 ? "HEAD" : "MEMBER");
            String username = tag.toLowerCase() + "u" + i;
            jdbc.update(
                    """
                    insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                    select ?, password_hash, ?, ?, ?, ? from app_user where username = 'admin'""", username, "Cán bộ " + username, i == 0 ? "CLUSTER_HEAD" : "UNIT_OFFICER", organizerId, unit);
            officers.add(username);
        }
        long table = jdbc.queryForObject("select min(id) from criteria_table", Long.class);
        jdbc.update("update cluster_term set status = 'RESULTS' where id = ?", termId);
        long round = jdbc.queryForObject(
                "insert into scoring_round (term_id, table_id, status) values (?, ?, 'FINALISED') returning id",
                Long.class,
                termId,
                table);
        for (Long unit : units) {
            jdbc.update("insert into score_sheet (round_id, unit_id, status) values (?, ?, 'FINAL')", round, unit);
        }
    }

    public static VoteFixture create(JdbcTemplate jdbc, int members) {
        return new VoteFixture(jdbc, members);
    }

    public String head() {
        return officers.get(0);
    }

    /** An award type of the organiser with its own code: the share of the base, strict or not, and the quorum. */
    public long type(
            String suffix, String base, String percent, boolean strict, String quorum, Integer choices, Integer max) {
        return jdbc.queryForObject(
                """
                insert into award_type (organizer_id, code, name, category, level, recipient, vote_base,
                                        vote_share_percent, vote_share_strict, quorum_percent, choices,
                                        max_per_cluster_year)
                values (?, ?, ?, 'TITLE', 'PROVINCE', 'COLLECTIVE', ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                organizerId,
                tag + suffix,
                "Danh hiệu " + tag + suffix,
                base,
                new java.math.BigDecimal(percent),
                strict,
                new java.math.BigDecimal(quorum),
                choices,
                max);
    }

    /** Signs in as {@code username} for service calls. */
    public CurrentUser as(String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static LocalDateTime inMinutes(long minutes) {
        return LocalDateTime.now(BusinessTime.ZONE)
                .plusMinutes(minutes)
                .withSecond(0)
                .withNano(0);
    }
}
