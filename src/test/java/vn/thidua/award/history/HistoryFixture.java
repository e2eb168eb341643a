package vn.thidua.award.history;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.award.decision.DecisionFixture;

/** Units of An Giang made for a test (a successor and the units merged into it), with a tag of their own. */
public final class HistoryFixture {

    private final JdbcTemplate jdbc;
    public final String tag;
    public final long organizerId;

    private HistoryFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tag = "H"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        this.organizerId = jdbc.queryForObject("select id from organizer where code = 'AG'", Long.class);
    }

    public static HistoryFixture create(JdbcTemplate jdbc) {
        return new HistoryFixture(jdbc);
    }

    /** An active unit named "Xã {name} {tag}". */
    public long unit(String name) {
        return jdbc.queryForObject(
                """
                insert into unit (organizer_id, code, name, short_name, level)
                values (?, ?, ?, ?, 'COMMUNE') returning id""",
                Long.class,
                organizerId,
                tag + "-" + name.replace(' ', '_').toUpperCase(),
                "Xã " + name + " " + tag,
                name + " " + tag);
    }

    /** Retires the unit into its successor (a merger), on 1 July 2025. */
    public void merge(long unitId, long successorId) {
        jdbc.update(
                "update unit set retired_on = ?, retirement_reason = 'Sáp nhập', successor_id = ? where id = ?",
                Date.valueOf(LocalDate.of(2025, 7, 1)),
                successorId,
                unitId);
    }

    public long type(String code) {
        return DecisionFixture.awardType(jdbc, "AG", code);
    }

    public DecisionFixture decision(int year) {
        return DecisionFixture.record(jdbc, organizerId, year);
    }
}
