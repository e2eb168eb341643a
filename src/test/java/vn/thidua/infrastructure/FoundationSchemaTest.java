package vn.thidua.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.support.IntegrationTest;

class FoundationSchemaTest extends IntegrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void migrationsRanFromAnEmptyDatabaseAndDemoDataLoaded() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from unit u join organizer o on o.id = u.organizer_id where o.code = 'AG'",
                        Integer.class))
                .isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from demo_script", Integer.class))
                .isPositive();
    }

    @Test
    void searchKeyIgnoresDiacriticsAndCase() {
        assertThat(jdbc.queryForObject("select search_key('Châu Thành')", String.class))
                .isEqualTo("chau thanh");
        assertThat(jdbc.queryForObject("select search_key('Đà Nẵng')", String.class))
                .isEqualTo("da nang");
    }

    @Test
    void auditTrailRefusesUpdatesAndDeletes() {
        jdbc.update(
                "insert into audit_event (actor, action, entity_type, summary) values ('test', 'TEST', 'Test', 'append-only check')");
        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'changed' where actor = 'test'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where actor = 'test'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = 'test' and summary = 'append-only check'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aClusterYearHasOneHeadAtCommit() {
        // A year still being set up: one whose pledge is open refuses any membership change before this rule is
        // reached.
        long term = termId("AG", "KHOIKT", 2021);
        long member = unitId("AG", "SCT");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.update(
                        "update cluster_member set role = 'HEAD' where term_id = ? and unit_id = ?", term, member)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause()
                .hasMessageContaining("cluster_member_one_head");
    }

    @Test
    void aUnitIsAtMostOnceInAClusterYear() {
        long term = termId("AG", "KHOIKT", 2021);
        long member = unitId("AG", "SCT");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'MEMBER')", term, member))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause()
                .hasMessageContaining("cluster_member_once_uk");
    }

    @Test
    void aClusterYearHasAtMostTwoDeputies() {
        long term = termId("TW", "TNB", 2021);
        long camau = unitId("TW", "CMA");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.update(
                        "update cluster_member set role = 'DEPUTY' where term_id = ? and unit_id = ?", term, camau)))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("at most two deputies");
    }

    @Test
    void unitCodesAreUniqueWithinAnOrganizerIgnoringCase() {
        long organizer = idOf("select id from organizer where code = 'AG'");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into unit (organizer_id, code, name, short_name, level) values (?, 'ap', 'Trùng', 'Trùng', 'DISTRICT')",
                        organizer))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
