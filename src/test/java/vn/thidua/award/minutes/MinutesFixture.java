package vn.thidua.award.minutes;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cluster-year of the tests' own in An Giang's working year 2021, at its vote: a head and two members, an award
 * type, and (with {@link #closeVote}) a closed online vote in which the head reached 66,67 % and was elected.
 */
final class MinutesFixture {

    static final String CLUSTER_NAME = "Cụm thi đua số 2";

    final String tag;
    final long organizer;
    final long clusterYear;
    final long headUnit;
    final long memberUnit;
    final long otherUnit;
    final String head;
    final String member;
    final String headUnitName;
    final String memberUnitName;
    final String otherUnitName;
    long awardType;
    long vote;

    private final JdbcTemplate jdbc;

    MinutesFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        tag = "M"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        organizer = id("select id from organizer where code = 'AG'");
        long cluster = id(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag,
                CLUSTER_NAME + " (" + tag + ")");
        clusterYear = id(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id", cluster);
        headUnitName = "Ủy ban nhân dân huyện Châu Thành " + tag;
        memberUnitName = "Ủy ban nhân dân huyện An Phú " + tag;
        otherUnitName = "Ủy ban nhân dân huyện Chợ Mới " + tag;
        headUnit = unit("H", headUnitName);
        memberUnit = unit("A", memberUnitName);
        otherUnit = unit("C", otherUnitName);
        jdbc.update(
                "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD'), (?, ?, 'MEMBER'), (?, ?, 'MEMBER')",
                clusterYear,
                headUnit,
                clusterYear,
                memberUnit,
                clusterYear,
                otherUnit);
        jdbc.update("update cluster_term set status = 'VOTE' where id = ?", clusterYear);
        head = user("h", "CLUSTER_HEAD", headUnit);
        member = user("a", "UNIT_OFFICER", memberUnit);
    }

    /** Closes the year's vote: the head elected with 2 of 3 votes, the other member not; next year's leaders. */
    MinutesFixture closeVote() {
        awardType = id(
                "insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, "
                        + "vote_share_percent, vote_share_strict) values (?, ?, 'Cờ thi đua của Ủy ban nhân dân tỉnh', "
                        + "'TITLE', 'PROVINCE', 'COLLECTIVE', 'MEMBERS', 50, true) returning id",
                organizer,
                "T-" + tag);
        vote = id(
                "insert into vote (term_id, status, method, members_entitled, ballots_issued, ballots_returned, "
                        + "ballots_valid, next_head_unit_id) values (?, 'OPEN', 'ONLINE', 3, 3, 3, 3, ?) "
                        + "returning id",
                clusterYear,
                memberUnit);
        jdbc.update(
                "insert into vote_result (vote_id, award_type_id, unit_id, votes_for, votes_against, share_percent, "
                        + "elected) values (?, ?, ?, 2, 1, 66.67, true), (?, ?, ?, 1, 2, 33.33, false)",
                vote,
                awardType,
                headUnit,
                vote,
                awardType,
                otherUnit);
        jdbc.update("insert into vote_next_deputy (vote_id, unit_id) values (?, ?)", vote, otherUnit);
        // Closed last: the database freezes a closed vote and its results.
        jdbc.update("update vote set status = 'CLOSED', closed_at = now() where id = ?", vote);
        return this;
    }

    void status(String status) {
        jdbc.update(
                "update cluster_term set status = ?, reopens_to = ? where id = ?",
                status,
                "CLOSED".equals(status) ? "PROPOSAL" : null,
                clusterYear);
    }

    private long unit(String suffix, String name) {
        return id(
                "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'DISTRICT') returning id",
                organizer,
                tag + suffix,
                name,
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
            throw new IllegalStateException(sql);
        }
        return id;
    }
}
