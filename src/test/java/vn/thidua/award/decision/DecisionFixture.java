package vn.thidua.award.decision;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A recorded decision written straight into the tables (as an import would), for tests of what reads decisions:
 * certificates, verification, history, public lists and reports. Its number carries a tag of its own.
 */
public final class DecisionFixture {

    private final JdbcTemplate jdbc;
    public final long decisionId;
    public final String number;
    public final long organizerId;
    public final int year;
    public final List<Long> awardIds = new ArrayList<>();
    public final List<String> verificationCodes = new ArrayList<>();

    private DecisionFixture(JdbcTemplate jdbc, long organizerId, int year, LocalDate decidedOn) {
        this.jdbc = jdbc;
        this.organizerId = organizerId;
        this.year = year;
        String tag =
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        this.number = tag + "/QĐ-UBND";
        this.decisionId =
                jdbc.queryForObject("""
                insert into award_decision (organizer_id, number, decided_on, year, authority, signer_name, signer_title,
                                            subject, source, illustrative, recorded_at, recorded_by)
                values (?, ?, ?, ?, 'Ủy ban nhân dân tỉnh An Giang', 'Nguyễn Văn Thử', 'Chủ tịch',
                        'Về việc tặng Cờ thi đua và Bằng khen năm ' || ?, 'RECORDED', false, now(), 'admin')
                returning id""", Long.class, organizerId, number, Date.valueOf(decidedOn), year, year);
    }

    /** A decision of the organiser for the year, dated the 15th of January after it. */
    public static DecisionFixture record(JdbcTemplate jdbc, long organizerId, int year) {
        return new DecisionFixture(jdbc, organizerId, year, LocalDate.of(year + 1, 1, 15));
    }

    public static DecisionFixture record(JdbcTemplate jdbc, long organizerId, int year, LocalDate decidedOn) {
        return new DecisionFixture(jdbc, organizerId, year, decidedOn);
    }

    /** Grants the award type to the unit (a collective): returns the award's id. */
    public long grant(long awardTypeId, long unitId, String achievement) {
        return grant(awardTypeId, unitId, null, null, achievement);
    }

    /** Grants the award type to a person of the unit (an individual) when a name is given. */
    public long grant(long awardTypeId, long unitId, String personName, String personPosition, String achievement) {
        String code =
                UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
        long id = jdbc.queryForObject(
                """
                insert into award_granted (decision_id, organizer_id, award_type_id, year, unit_id, person_name,
                                           person_position, person_gender, achievement, register_number,
                                           verification_code, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) returning id""",
                Long.class,
                decisionId,
                organizerId,
                awardTypeId,
                year,
                unitId,
                personName,
                personPosition,
                personName == null ? null : "MALE",
                achievement,
                "T-" + code.substring(0, 12),
                code);
        awardIds.add(id);
        verificationCodes.add(code);
        return id;
    }

    /** A later decision of the same organiser that revokes the award: returns that decision's id. */
    public static long revoke(JdbcTemplate jdbc, long awardId, String reason) {
        long organizer =
                jdbc.queryForObject("select organizer_id from award_granted where id = ?", Long.class, awardId);
        int year = jdbc.queryForObject("select year from award_granted where id = ?", Integer.class, awardId);
        LocalDate after = jdbc.queryForObject(
                        "select d.decided_on from award_decision d join award_granted g on g.decision_id = d.id where g.id = ?",
                        Date.class,
                        awardId)
                .toLocalDate()
                .plusDays(30);
        DecisionFixture later = record(jdbc, organizer, year, after);
        jdbc.update(
                "insert into award_revocation (decision_id, granted_id, kind, reason, created_at) values (?, ?, 'REVOKED', ?, now())",
                later.decisionId,
                awardId,
                reason);
        return later.decisionId;
    }

    /** The id of an award type of the organiser by its code (the demo's, e.g. {@code CO_TINH}). */
    public static long awardType(JdbcTemplate jdbc, String organizerCode, String typeCode) {
        return jdbc.queryForObject(
                "select t.id from award_type t join organizer o on o.id = t.organizer_id where o.code = ? and t.code = ?",
                Long.class,
                organizerCode,
                typeCode);
    }
}
