package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link ScoringFixture} cluster whose 2021 pledge is completed, written straight into the database (its signatures
 * are the pledge feature's business, not what these tests are about). Four targets: budget revenue with a value per
 * member (B: 512.35 billion đồng), a growth rate common to all (7 %), a count of models (2) and a commitment without
 * a number. Criterion I.1 (a figure) measures the budget revenue target.
 */
final class ResultsFixture {

    static final String REVENUE = "Thu ngân sách nhà nước trên địa bàn";
    static final String GROWTH = "Tốc độ tăng trưởng giá trị sản xuất";
    static final String MODELS = "Mô hình, điển hình tiên tiến được nhân rộng";
    static final String PATROL = "Phối hợp tuần tra, giữ vững an ninh biên giới";

    final ScoringFixture f;
    final JdbcTemplate jdbc;
    long pledgeId;

    private ResultsFixture(ScoringFixture f) {
        this.f = f;
        this.jdbc = f.jdbc;
    }

    /** The cluster with its criteria table (I.1 linked to the revenue target), without a pledge yet. */
    static ResultsFixture withoutPledge(JdbcTemplate jdbc, CriteriaTableService tables, int extraMembers) {
        ResultsFixture r = new ResultsFixture(ScoringFixture.create(jdbc, extraMembers));
        r.f.createTable(tables);
        r.f.as("admin");
        CriterionNode i1 = tables.node(r.f.tableId, r.f.nodeId("I.1"));
        NodeCommand command = i1.toCommand();
        tables.updateNode(
                r.f.tableId,
                i1.getId(),
                i1.getVersion(),
                new NodeCommand(
                        command.nodeType(),
                        command.code(),
                        command.description(),
                        command.maxPoints(),
                        command.kind(),
                        command.minPoints(),
                        command.pointsPerOccurrence(),
                        command.targetShare(),
                        command.scoringGuide(),
                        command.evidenceRequired(),
                        command.sortOrder(),
                        "  thu ngan sach NHÀ NƯỚC   trên địa bàn "));
        return r;
    }

    static ResultsFixture create(JdbcTemplate jdbc, CriteriaTableService tables) {
        return create(jdbc, tables, 0);
    }

    static ResultsFixture create(JdbcTemplate jdbc, CriteriaTableService tables, int extraMembers) {
        ResultsFixture r = withoutPledge(jdbc, tables, extraMembers);
        r.completePledge();
        return r;
    }

    void completePledge() {
        long organizer = jdbc.queryForObject("select id from organizer where code = 'AG'", Long.class);
        pledgeId = jdbc.queryForObject(
                """
                insert into pledge (term_id, organizer_id, status, title, canonical_text, text_hash, deadline, opened_at,
                                    completed_at, verify_code)
                values (?, ?, 'COMPLETED', ?, 'văn bản', repeat('a', 64), date '2021-03-20', timestamptz '2021-03-10 08:00+07',
                        timestamptz '2021-03-20 10:00+07', ?) returning id""", Long.class, f.termId, organizer, "Giao ước thi đua " + f.tag, "T" + UUID.randomUUID());
        long revenue = target(0, "ECONOMY_SOCIETY", REVENUE, "tỷ đồng", null);
        jdbc.update(
                "insert into pledge_target_value (target_id, unit_id, target_value) values (?, ?, 300), (?, ?, 512.35), (?, ?, 400)",
                revenue,
                f.unitA,
                revenue,
                f.unitB,
                revenue,
                f.unitC);
        jdbc.query(
                "select unit_id from cluster_member where term_id = ? and unit_id not in (?, ?, ?)",
                rs -> {
                    jdbc.update(
                            "insert into pledge_target_value (target_id, unit_id, target_value) values (?, ?, 100)",
                            revenue,
                            rs.getLong(1));
                },
                f.termId,
                f.unitA,
                f.unitB,
                f.unitC);
        target(1, "ECONOMY_SOCIETY", GROWTH, "%", new BigDecimal("7"));
        target(2, "EMULATION_WORK", MODELS, "mô hình", new BigDecimal("2"));
        target(3, "DEFENCE_SECURITY", PATROL, null, null);
    }

    private long target(int position, String field, String name, String unitOfMeasure, BigDecimal value) {
        return jdbc.queryForObject("""
                insert into pledge_target (pledge_id, position, field, name, unit_of_measure, target_value)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, pledgeId, position, field, name, unitOfMeasure, value);
    }

    long targetId(String name) {
        return jdbc.queryForObject(
                "select id from pledge_target where pledge_id = ? and name = ?", Long.class, pledgeId, name);
    }

    Long resultVersion(long unitId, String name) {
        return jdbc.query(
                "select version from annual_result where term_id = ? and unit_id = ? and pledge_target_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null,
                f.termId,
                unitId,
                targetId(name));
    }

    BigDecimal resultValue(long unitId, String name) {
        return jdbc.query(
                "select value from annual_result where term_id = ? and unit_id = ? and pledge_target_id = ?",
                rs -> rs.next() ? rs.getBigDecimal(1) : null,
                f.termId,
                unitId,
                targetId(name));
    }
}
