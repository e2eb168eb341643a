package vn.thidua.award.report;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An organiser of its own (a province, working year 2021) with units, award types of three levels and kinds, an
 * administrator, a reviewer and a unit's officer, and proposals written straight into the tables, for tests of what
 * reads awards: the public list and the reports. Decisions come from {@code DecisionFixture}.
 */
public final class ReportFixture {

    private final JdbcTemplate jdbc;
    public final String tag;
    public final long organizerId;
    public final long chauThanh;
    public final long anPhu;
    public final long choMoi;
    public final long flag;
    public final long merit;
    public final long governmentFlag;
    public final String admin;
    public final String reviewer;
    public final String officer;

    private ReportFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tag = "R"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        this.organizerId = id(
                "insert into organizer (code, name, kind, working_year) values (?, ?, 'PROVINCE', 2021) returning id",
                tag,
                "Hội đồng Thi đua - Khen thưởng tỉnh thử " + tag);
        this.chauThanh = unit("CT", "Ủy ban nhân dân huyện Châu Thành", "Châu Thành");
        this.anPhu = unit("AP", "Ủy ban nhân dân huyện An Phú", "An Phú");
        this.choMoi = unit("CM", "Ủy ban nhân dân huyện Chợ Mới", "Chợ Mới");
        this.flag = type("FLAG", "Cờ thi đua của Ủy ban nhân dân tỉnh", "TITLE", "PROVINCE", "COLLECTIVE", 1);
        this.merit =
                type("BK", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "COMMENDATION", "PROVINCE", "INDIVIDUAL", 2);
        this.governmentFlag = type("CP", "Cờ thi đua của Chính phủ", "TITLE", "GOVERNMENT", "COLLECTIVE", 3);
        this.admin = user("adm", "PROVINCE_ADMIN", null);
        this.reviewer = user("rev", "PROVINCE_REVIEWER", null);
        this.officer = user("off", "UNIT_OFFICER", chauThanh);
    }

    public static ReportFixture create(JdbcTemplate jdbc) {
        return new ReportFixture(jdbc);
    }

    public long unit(String code, String name, String shortName) {
        return id(
                "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'DISTRICT') returning id",
                organizerId,
                tag + code,
                name,
                shortName);
    }

    private long type(String code, String name, String category, String level, String recipient, int order) {
        return id("""
                insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, vote_share_percent,
                    vote_share_strict, sort_order)
                values (?, ?, ?, ?, ?, ?, 'MEMBERS', 50, true, ?) returning id""", organizerId, tag + code, name, category, level, recipient, order);
    }

    private String user(String suffix, String role, Long unit) {
        String username = (tag + suffix).toLowerCase();
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                select ?, password_hash, ?, ?, ?, ? from app_user where username = 'admin'""", username, "Cán bộ " + username, role, organizerId, unit);
        return username;
    }

    /** One proposed item: a unit (collective), or a person of it when a name is given; an outcome when reviewed. */
    public record Item(long awardTypeId, long unitId, String personName, String outcome) {

        public static Item collective(long awardTypeId, long unitId) {
            return new Item(awardTypeId, unitId, null, null);
        }
    }

    /**
     * A cluster-year of the year with a proposal in the given status (SUBMITTED, RETURNED or REVIEWED) holding the
     * items; their ids in order.
     */
    public List<Long> proposal(int year, String status, Item... items) {
        String code = tag + "C" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        long cluster = id(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizerId,
                code,
                "Cụm thi đua " + code);
        long term = id(
                "insert into cluster_term (cluster_id, year, status) values (?, ?, 'PROPOSAL') returning id",
                cluster,
                year);
        long proposal = id("""
                insert into award_proposal (term_id, status, submission_recipient, submission_body, created_at, created_by,
                    updated_at) values (?, 'DRAFT', 'Hội đồng', 'Tờ trình', now(), 'test', now()) returning id""", term);
        List<Long> ids = new ArrayList<>();
        for (Item item : items) {
            ids.add(id(
                    """
                    insert into award_proposal_item (proposal_id, award_type_id, unit_id, person_name, person_position,
                        person_gender, person_birth_date, summary, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, 'Thành tích xuất sắc riêng tư', now()) returning id""",
                    proposal,
                    item.awardTypeId(),
                    item.unitId(),
                    item.personName(),
                    item.personName() == null ? null : "Phó Chủ tịch",
                    item.personName() == null ? null : "FEMALE",
                    item.personName() == null ? null : java.sql.Date.valueOf("1975-03-04")));
        }
        jdbc.update(
                "update award_proposal set status = 'SUBMITTED', submitted_at = now(), submitted_by = 'test' where id = ?",
                proposal);
        if (status.equals("SUBMITTED")) {
            return ids;
        }
        if (status.equals("RETURNED")) {
            jdbc.update("update award_proposal set status = 'RETURNED' where id = ?", proposal);
            return ids;
        }
        for (int i = 0; i < items.length; i++) {
            String outcome = items[i].outcome() == null ? "ACCEPTED" : items[i].outcome();
            jdbc.update("""
                    update award_proposal_item set review_outcome = ?, review_reason = ?, reviewed_by = 'test',
                        reviewed_at = now() where id = ?""", outcome, outcome.equals("REJECTED") ? "Lý do nội bộ không công khai" : null, ids.get(i));
        }
        jdbc.update("update award_proposal set status = 'REVIEWED' where id = ?", proposal);
        return ids;
    }

    /** Decides the accepted item of a reviewed proposal in the decision: returns the award's id. */
    public long decide(long decisionId, long itemId) {
        String code =
                UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
        return id("""
                insert into award_granted (decision_id, organizer_id, award_type_id, year, unit_id, person_name,
                    person_position, person_gender, achievement, proposal_item_id, register_number, verification_code,
                    created_at)
                select d.id, d.organizer_id, i.award_type_id, d.year, i.unit_id, i.person_name, i.person_position,
                    i.person_gender, i.summary, i.id, ?, ?, now()
                from award_decision d, award_proposal_item i where d.id = ? and i.id = ? returning id""", "D-" + code.substring(0, 12), code, decisionId, itemId);
    }

    private long id(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        if (id == null) {
            throw new IllegalStateException("no row for " + sql);
        }
        return id;
    }
}
