package vn.thidua.award.onward;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.support.Users;

/**
 * An An Giang year of its own (2060 onwards, one the demo never uses) with {@code leaders} clusters, three units and
 * award types of its own codes: a provincial flag and the Government flag built on it (with the given share of the
 * cluster leaders), a provincial certificate and the Prime Minister's certificate built on it for two consecutive
 * years. Decided awards: the flag to units A and B, the certificate to unit C this year and the year before.
 */
public final class OnwardFixture {

    public final JdbcTemplate jdbc;
    public final String tag;
    public final long ag;
    public final long tw;
    public final int year;
    public final long provFlag;
    public final long govFlag;
    public final long provBk;
    public final long pmBk;
    public final long unitA;
    public final long unitB;
    public final long unitC;
    public final long flagA;
    public final long flagB;
    public final long bkC;
    public final List<Long> clusterTerms = new ArrayList<>();

    private OnwardFixture(JdbcTemplate jdbc, int leaders, String leaderPercent) {
        this.jdbc = jdbc;
        this.tag = "W"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        this.ag = id("select id from organizer where code = 'AG'");
        this.tw = id("select id from organizer where code = 'TW'");
        this.year = (int) id("""
                select greatest(2060, coalesce(max(t.year), 2059) + 1) from cluster_term t join cluster c on c.id = t.cluster_id
                where c.organizer_id = ? and t.year >= 2060""", ag);
        for (int i = 0; i < leaders; i++) {
            long cluster = id(
                    "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                    ag,
                    tag + "C" + i,
                    "Cụm cấp Nhà nước " + tag + " " + i);
            clusterTerms.add(id(
                    "insert into cluster_term (cluster_id, year, status) values (?, ?, 'SET_UP') returning id",
                    cluster,
                    year));
        }
        this.unitA = unit("A");
        this.unitB = unit("B");
        this.unitC = unit("C");
        this.provFlag = type("PF", "PROVINCE", null);
        this.govFlag = type("GF", "GOVERNMENT", leaderPercent);
        this.provBk = type("PB", "PROVINCE", null);
        this.pmBk = type("PM", "GOVERNMENT", null);
        jdbc.update(
                "insert into award_prerequisite (award_type_id, kind, other_type_id) values (?, 'OTHER_AWARD_THIS_YEAR', ?)",
                govFlag,
                provFlag);
        jdbc.update(
                "insert into award_prerequisite (award_type_id, kind, other_type_id, years) values (?, 'CONSECUTIVE_YEARS', ?, 2)",
                pmBk,
                provBk);
        DecisionFixture decided = DecisionFixture.record(jdbc, ag, year);
        this.flagA = decided.grant(provFlag, unitA, "Dẫn đầu cụm năm " + year);
        this.flagB = decided.grant(provFlag, unitB, "Dẫn đầu khối năm " + year);
        this.bkC = decided.grant(provBk, unitC, "Hoàn thành xuất sắc nhiệm vụ năm " + year);
        DecisionFixture.record(jdbc, ag, year - 1)
                .grant(provBk, unitC, "Hoàn thành xuất sắc nhiệm vụ năm " + (year - 1));
    }

    public static OnwardFixture create(JdbcTemplate jdbc, int leaders, String leaderPercent) {
        return new OnwardFixture(jdbc, leaders, leaderPercent);
    }

    /** Another unit of An Giang with this fixture's code. */
    public long unit(String suffix) {
        return id(
                "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'COMMUNE') returning id",
                ag,
                tag + suffix,
                "Ủy ban nhân dân xã " + tag + suffix,
                tag + suffix);
    }

    private long type(String suffix, String level, String leaderPercent) {
        return id(
                """
                insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, vote_share_percent,
                    vote_share_strict, max_leader_percent, legal_source)
                values (?, ?, ?, 'TITLE', ?, 'COLLECTIVE', 'MEMBERS', 50, true, ?::numeric, ?) returning id""",
                ag,
                tag + suffix,
                "Danh hiệu " + tag + suffix,
                level,
                leaderPercent,
                "Nghị định thử " + tag + suffix);
    }

    /** Signs in as {@code username} for service calls. */
    public CurrentUser as(String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public long proposalId() {
        return id("select id from award_onward_proposal where organizer_id = ? and year = ?", ag, year);
    }

    public long version() {
        return id("select version from award_onward_proposal where id = ?", proposalId());
    }

    public long item(long typeId, long basisAwardId) {
        return id(
                "select id from award_onward_item where proposal_id = ? and award_type_id = ? and basis_award_id = ?",
                proposalId(),
                typeId,
                basisAwardId);
    }

    public String status() {
        return jdbc.queryForObject("select status from award_onward_proposal where id = ?", String.class, proposalId());
    }

    public long notifications(String username) {
        return id(
                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = ?",
                username);
    }

    private long id(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        if (id == null) {
            throw new IllegalStateException("no row for " + sql);
        }
        return id;
    }
}
