package vn.thidua.award.certificate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Award types and layouts of their own for certificate tests, so that no test depends on the demo's layouts. */
final class CertificateFixture {

    private CertificateFixture() {}

    static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** A commendation of the organiser with a name of its own: returns its id. */
    static long awardType(JdbcTemplate jdbc, String organizerCode, String name) {
        return jdbc.queryForObject("""
                insert into award_type (organizer_id, code, name, category, level, recipient, vote_base,
                                        vote_share_percent, vote_share_strict, legal_source, sort_order)
                select o.id, ?, ?, 'COMMENDATION', 'PROVINCE', 'COLLECTIVE', 'MEMBERS', 50, true, 'Luật', 90
                from organizer o where o.code = ? returning id""", Long.class, "C-" + tag(), name, organizerCode);
    }

    /**
     * A saved layout for the type: the built-in A4 boxes on the paper, with some boxes replaced ({@code x, y, width,
     * height, pt}, left aligned).
     */
    static long layout(
            JdbcTemplate jdbc, long typeId, Paper paper, PrintMode mode, Map<CertificateField, double[]> boxes) {
        long organizer = jdbc.queryForObject("select organizer_id from award_type where id = ?", Long.class, typeId);
        long id = jdbc.queryForObject("""
                insert into certificate_layout (organizer_id, award_type_id, paper, mode, place, updated_at, updated_by)
                values (?, ?, ?, ?, 'An Giang', now(), 'admin') returning id""", Long.class, organizer, typeId, paper.name(), mode.name());
        for (FieldBox box : DefaultLayout.layout(organizer, typeId, paper, mode).boxesOn(paper)) {
            double[] v = boxes.get(box.getField());
            jdbc.update(
                    """
                    insert into certificate_layout_field (layout_id, field, x_mm, y_mm, width_mm, height_mm, font_pt,
                                                          bold, align, visible)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, true)""",
                    id,
                    box.getField().name(),
                    v == null ? box.getX() : v[0],
                    v == null ? box.getY() : v[1],
                    v == null ? box.getWidth() : v[2],
                    v == null ? box.getHeight() : v[3],
                    v == null ? box.getFontSize() : v[4],
                    box.isBold(),
                    v == null ? box.getAlign().name() : "LEFT");
        }
        return id;
    }

    /** An illustrative decision (a demo's invented number) of the organiser granting the type to the unit. */
    static String[] illustrativeAward(JdbcTemplate jdbc, long organizerId, long typeId, long unitId) {
        String number = tag() + "/QĐ-UBND";
        long decision =
                jdbc.queryForObject("""
                insert into award_decision (organizer_id, number, decided_on, year, authority, signer_name, signer_title,
                                            subject, source, illustrative, recorded_at, recorded_by)
                values (?, ?, ?, 2020, 'Ủy ban nhân dân tỉnh An Giang', 'Nguyễn Văn Minh', 'Chủ tịch',
                        'Về việc khen thưởng (minh họa)', 'RECORDED', true, now(), 'admin') returning id""", Long.class, organizerId, number, Date.valueOf(LocalDate.of(2021, 1, 20)));
        String code = tag() + tag() + tag();
        long award = jdbc.queryForObject("""
                insert into award_granted (decision_id, organizer_id, award_type_id, year, unit_id, achievement,
                                           register_number, verification_code, created_at)
                values (?, ?, ?, 2020, ?, 'Thành tích minh họa', ?, ?, now()) returning id""", Long.class, decision, organizerId, typeId, unitId, "M-" + tag(), code);
        return new String[] {Long.toString(decision), Long.toString(award), code, number};
    }

    /**
     * A later decision that amends the award: the earlier one is marked AMENDED and a corrected award names it.
     * Returns the corrected award's verification code.
     */
    static String amend(JdbcTemplate jdbc, long awardId) {
        long organizer =
                jdbc.queryForObject("select organizer_id from award_granted where id = ?", Long.class, awardId);
        long later = jdbc.queryForObject("""
                insert into award_decision (organizer_id, number, decided_on, year, authority, signer_name, signer_title,
                                            subject, source, illustrative, recorded_at, recorded_by)
                select organizer_id, ?, decided_on + 40, year, authority, signer_name, signer_title,
                       'Về việc sửa đổi khen thưởng', 'RECORDED', false, now(), 'admin'
                from award_decision where id = (select decision_id from award_granted where id = ?) returning id""", Long.class, tag() + "/QĐ-UBND", awardId);
        jdbc.update(
                "insert into award_revocation (decision_id, granted_id, kind, reason, created_at) values (?, ?, 'AMENDED', 'Sai tên đơn vị', now())",
                later,
                awardId);
        String code = tag() + tag() + tag();
        jdbc.update("""
                insert into award_granted (decision_id, organizer_id, award_type_id, year, unit_id, person_name,
                                           person_position, person_gender, achievement, amends_id, register_number,
                                           verification_code, created_at)
                select ?, organizer_id, award_type_id, year, unit_id, person_name, person_position, person_gender,
                       achievement, id, ?, ?, now() from award_granted where id = ?""", later, "S-" + tag(), code, awardId);
        return code;
    }
}
