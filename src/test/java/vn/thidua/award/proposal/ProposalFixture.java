package vn.thidua.award.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.support.Users;

/**
 * A cluster-year of An Giang of its own (working year 2021, at its vote step) with {@code 3 + extra} members, the
 * head's and a member's accounts, a second cluster with a member of its own, and award types of its own codes.
 */
public final class ProposalFixture {

    final JdbcTemplate jdbc;
    final String tag;
    final long organizer;
    final long clusterId;
    final long termId;
    final long unitA;
    final long unitB;
    final long unitC;
    final List<Long> units = new ArrayList<>();
    final String headUser;
    final String memberUser;
    final String otherClusterUser;
    final long otherTermId;

    private ProposalFixture(JdbcTemplate jdbc, int extra) {
        this.jdbc = jdbc;
        this.tag = "P"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        this.organizer = id("select id from organizer where code = 'AG'");
        this.clusterId = id(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag,
                "Cụm đề nghị " + tag);
        this.termId = id(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                clusterId);
        this.unitA = unit("A");
        this.unitB = unit("B");
        this.unitC = unit("C");
        units.addAll(List.of(unitA, unitB, unitC));
        for (int i = 0; i < extra; i++) {
            units.add(unit("X" + i));
        }
        for (long unit : units) {
            jdbc.update(
                    "insert into cluster_member (term_id, unit_id, role) values (?, ?, ?)",
                    termId,
                    unit,
                    unit == unitA ? "HEAD" : "MEMBER");
        }
        jdbc.update("update cluster_term set status = 'VOTE' where id = ?", termId);
        this.headUser = user("a", "CLUSTER_HEAD", unitA);
        this.memberUser = user("b", "UNIT_OFFICER", unitB);
        long otherCluster = id(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag + "O",
                "Cụm khác " + tag);
        this.otherTermId = id(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                otherCluster);
        long otherUnit = unit("O");
        jdbc.update(
                "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD')", otherTermId, otherUnit);
        this.otherClusterUser = user("o", "CLUSTER_HEAD", otherUnit);
    }

    public static ProposalFixture create(JdbcTemplate jdbc) {
        return new ProposalFixture(jdbc, 0);
    }

    public static ProposalFixture create(JdbcTemplate jdbc, int extraMembers) {
        return new ProposalFixture(jdbc, extraMembers);
    }

    /** An award type of the organiser, with this fixture's code, for collectives unless said otherwise. */
    long type(String suffix, String recipient, Integer maxPerClusterYear, String maxMemberPercent) {
        return id(
                """
                insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, vote_share_percent,
                    vote_share_strict, max_per_cluster_year, max_member_percent, legal_source)
                values (?, ?, ?, 'COMMENDATION', 'PROVINCE', ?, 'MEMBERS', 50, true, ?, ?::numeric, ?) returning id""",
                organizer,
                tag + suffix,
                "Hình thức " + tag + suffix,
                recipient,
                maxPerClusterYear,
                maxMemberPercent,
                "Quy chế " + tag + suffix);
    }

    void prerequisite(long type, String kind, Long otherType, Integer years) {
        jdbc.update(
                "insert into award_prerequisite (award_type_id, kind, other_type_id, years) values (?, ?, ?, ?)",
                type,
                kind,
                otherType,
                years);
    }

    void requiredDocument(long type, String kind, String name, boolean perItem) {
        jdbc.update(
                "insert into award_required_document (award_type_id, kind, name, per_item) values (?, ?, ?, ?)",
                type,
                kind,
                name,
                perItem);
    }

    /** Closes the year's vote with these units elected for the type (and the others voted on but not elected). */
    long closedVote(long term, long type, List<Long> elected, List<Long> notElected) {
        Long vote = jdbc.query("select id from vote where term_id = ?", (rs, n) -> rs.getLong(1), term).stream()
                .findFirst()
                .orElse(null);
        if (vote == null) {
            vote = id("""
                    insert into vote (term_id, status, method, closed_at, members_entitled, ballots_issued, ballots_returned,
                        ballots_valid) values (?, 'OPEN', 'PAPER', null, ?, ?, ?, ?) returning id""", term, units.size(), units.size(), units.size(), units.size());
        }
        for (long unit : elected) {
            jdbc.update(
                    "insert into vote_result (vote_id, award_type_id, unit_id, votes_for, votes_against, share_percent, elected) values (?, ?, ?, 3, 0, 100, true)",
                    vote,
                    type,
                    unit);
        }
        for (long unit : notElected) {
            jdbc.update(
                    "insert into vote_result (vote_id, award_type_id, unit_id, votes_for, votes_against, share_percent, elected) values (?, ?, ?, 1, 2, 33.33, false)",
                    vote,
                    type,
                    unit);
        }
        // Closed last: the database freezes a closed vote and its results.
        jdbc.update("update vote set status = 'CLOSED', closed_at = now() where id = ? and status <> 'CLOSED'", vote);
        return vote;
    }

    void register(long unit, long type) {
        jdbc.update(
                "insert into award_registration (term_id, unit_id, award_type_id, registered_at, registered_by) values (?, ?, ?, now(), 'test')",
                termId,
                unit,
                type);
    }

    /** Signs in as {@code username} for service calls. */
    CurrentUser as(String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    long version() {
        return id("select version from award_proposal where term_id = ?", termId);
    }

    long proposalId() {
        return id("select id from award_proposal where term_id = ?", termId);
    }

    private long unit(String suffix) {
        return id(
                "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'COMMUNE') returning id",
                organizer,
                tag + suffix,
                "Ủy ban nhân dân xã " + tag + suffix,
                tag + suffix);
    }

    private String user(String suffix, String role, long unit) {
        String username = tag.toLowerCase() + suffix;
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                select ?, password_hash, ?, ?, ?, ? from app_user where username = 'admin'""", username, "Cán bộ " + username, role, organizer, unit);
        return username;
    }

    private long id(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        if (id == null) {
            throw new IllegalStateException("no row for " + sql);
        }
        return id;
    }
}
