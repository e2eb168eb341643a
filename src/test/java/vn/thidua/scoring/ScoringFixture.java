package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.support.Users;

/**
 * A cluster of An Giang of its own for one test: three units (A heads it, B and C are members) in the working year
 * 2021, an officer per unit, and a consistent criteria table of 100 points applying to the cluster.
 */
final class ScoringFixture {

    final String tag;
    final long clusterId;
    final long termId;
    final long unitA;
    final long unitB;
    final long unitC;
    final String headUser;
    final String officerB;
    final String officerC;
    final JdbcTemplate jdbc;
    long tableId;

    private ScoringFixture(JdbcTemplate jdbc, int extraMembers) {
        this.jdbc = jdbc;
        this.tag = "S"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        long organizer = jdbc.queryForObject("select id from organizer where code = 'AG'", Long.class);
        clusterId = jdbc.queryForObject(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                Long.class,
                organizer,
                tag,
                "Cụm kiểm thử " + tag);
        termId = jdbc.queryForObject(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                Long.class,
                clusterId);
        unitA = unit(organizer, "A");
        unitB = unit(organizer, "B");
        unitC = unit(organizer, "C");
        jdbc.update(
                "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD'), (?, ?, 'MEMBER'), (?, ?, 'MEMBER')",
                termId,
                unitA,
                termId,
                unitB,
                termId,
                unitC);
        for (int i = 0; i < extraMembers; i++) {
            jdbc.update(
                    "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'MEMBER')",
                    termId,
                    unit(organizer, "X" + i));
        }
        // Members are chosen while the year is set up; then it moves on to scoring, as the database demands.
        jdbc.update("update cluster_term set status = 'SCORING' where id = ?", termId);
        headUser = user(organizer, "a", "CLUSTER_HEAD", unitA);
        officerB = user(organizer, "b", "UNIT_OFFICER", unitB);
        officerC = user(organizer, "c", "UNIT_OFFICER", unitC);
    }

    static ScoringFixture create(JdbcTemplate jdbc) {
        return new ScoringFixture(jdbc, 0);
    }

    /** A cluster with {@code extraMembers} more members than the three named ones. */
    static ScoringFixture create(JdbcTemplate jdbc, int extraMembers) {
        return new ScoringFixture(jdbc, extraMembers);
    }

    private long unit(long organizer, String suffix) {
        return jdbc.queryForObject(
                "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'COMMUNE') returning id",
                Long.class,
                organizer,
                tag + suffix,
                unitName(suffix),
                tag + suffix);
    }

    /**
     * The full name of the unit with this suffix. It sorts after the province's demo units, so that the units tests
     * create never push the demo's off the first page of the units list.
     */
    String unitName(String suffix) {
        return "Ủy ban nhân dân xã thử nghiệm " + tag + suffix;
    }

    private String user(long organizer, String suffix, String role, long unit) {
        String username = tag.toLowerCase() + suffix;
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                select ?, password_hash, ?, ?, ?, ? from app_user where username = 'admin'""", username, "Cán bộ " + username, role, organizer, unit);
        return username;
    }

    /** Signs in as {@code username} for service calls. */
    CurrentUser as(String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    /**
     * I (60) = I.1 figure 20 + I.2 manual 40 (min 0); II (40) = II.1 pass/fail 10 + II.2 manual 30;
     * bonus T (cap 5) = T.1 pass/fail 5; deductions TR (cap 6) = TR.1 per occurrence 2 (max 10).
     */
    long createTable(CriteriaTableService tables) {
        return createTable(tables, 0);
    }

    /** The table above, with a group III of {@code extraCriteria} more criteria of one point each. */
    long createTable(CriteriaTableService tables, int extraCriteria) {
        as("admin");
        CriteriaTable table = tables.create(new TableCommand(
                2021, "Bảng tiêu chí " + tag, new BigDecimal(100 + extraCriteria), List.of(clusterId)));
        tableId = table.getId();
        CriterionNode i = tables.addNode(tableId, null, group("I", "60"));
        tables.addNode(tableId, i.getId(), criterion("I.1", "20", CriterionKind.FIGURE_AGAINST_TARGET, null));
        tables.addNode(tableId, i.getId(), criterion("I.2", "40", CriterionKind.MANUAL, null));
        CriterionNode ii = tables.addNode(tableId, null, group("II", "40"));
        tables.addNode(tableId, ii.getId(), criterion("II.1", "10", CriterionKind.PASS_FAIL, null));
        tables.addNode(tableId, ii.getId(), criterion("II.2", "30", CriterionKind.MANUAL, null));
        CriterionNode bonus = tables.addNode(
                tableId,
                null,
                new NodeCommand(
                        NodeType.BONUS,
                        "T",
                        "Điểm thưởng",
                        new BigDecimal("5"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null));
        tables.addNode(tableId, bonus.getId(), criterion("T.1", "5", CriterionKind.PASS_FAIL, null));
        CriterionNode deductions = tables.addNode(
                tableId,
                null,
                new NodeCommand(
                        NodeType.DEDUCTION,
                        "TR",
                        "Điểm trừ",
                        new BigDecimal("6"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null));
        tables.addNode(
                tableId, deductions.getId(), criterion("TR.1", "6", CriterionKind.PER_OCCURRENCE, new BigDecimal("2")));
        if (extraCriteria > 0) {
            CriterionNode iii = tables.addNode(tableId, null, group("III", String.valueOf(extraCriteria)));
            for (int n = 1; n <= extraCriteria; n++) {
                tables.addNode(tableId, iii.getId(), criterion("III." + n, "1", CriterionKind.MANUAL, null));
            }
        }
        return tableId;
    }

    static NodeCommand group(String code, String max) {
        return new NodeCommand(
                NodeType.GROUP, code, "Nhóm " + code, new BigDecimal(max), null, null, null, null, null, false, null);
    }

    static NodeCommand criterion(String code, String max, CriterionKind kind, BigDecimal perOccurrence) {
        return new NodeCommand(
                NodeType.CRITERION,
                code,
                "Tiêu chí " + code,
                new BigDecimal(max),
                kind,
                null,
                perOccurrence,
                null,
                null,
                false,
                null);
    }

    String tableName() {
        return "Bảng tiêu chí " + tag;
    }

    String clusterName() {
        return "Cụm kiểm thử " + tag;
    }

    long nodeId(String code) {
        return jdbc.queryForObject(
                "select id from criterion_node where table_id = ? and code = ?", Long.class, tableId, code);
    }

    long sheetOf(long unitId) {
        return jdbc.queryForObject(
                "select s.id from score_sheet s join scoring_round r on r.id = s.round_id where r.term_id = ? and s.unit_id = ?",
                Long.class,
                termId,
                unitId);
    }

    long version(long sheetId) {
        return jdbc.queryForObject("select version from score_sheet where id = ?", Long.class, sheetId);
    }

    long roundId() {
        return jdbc.queryForObject("select id from scoring_round where term_id = ?", Long.class, termId);
    }

    /**
     * Sets the round's target of a figure criterion for every unit, as the administrator does on the round's targets
     * page (before any unit fills the criterion: sheets already filled are not rescored this way).
     */
    void target(String code, String value) {
        jdbc.update(
                "insert into round_target (round_id, node_id, unit_id, target, updated_by) values (?, ?, null, ?, 'admin')",
                roundId(),
                nodeId(code),
                new BigDecimal(value));
    }

    long roundVersion() {
        return jdbc.queryForObject("select version from scoring_round where term_id = ?", Long.class, termId);
    }
}
