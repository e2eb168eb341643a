package vn.thidua.award.certificate;

import org.springframework.jdbc.core.JdbcTemplate;

/** Certificate fixtures for tests of other packages (the web pages). */
public final class CertificateTestSupport {

    private CertificateTestSupport() {}

    /** Amends the award by a later decision: returns the corrected award's verification code. */
    public static String amend(JdbcTemplate jdbc, long awardId) {
        return CertificateFixture.amend(jdbc, awardId);
    }

    /** An illustrative decision's award to the unit: decision id, award id, verification code, decision number. */
    public static String[] illustrative(JdbcTemplate jdbc, long unitId, long typeId) {
        long organizer = jdbc.queryForObject("select organizer_id from unit where id = ?", Long.class, unitId);
        return CertificateFixture.illustrativeAward(jdbc, organizer, typeId, unitId);
    }
}
