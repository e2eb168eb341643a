package vn.thidua.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import vn.thidua.support.IntegrationTest;

/** The application's own database account reads and writes rows; it cannot switch the append-only triggers off. */
class DatabaseRoleTest extends IntegrationTest {

    @Test
    void theApplicationsAccountIsNeitherSuperuserNorOwner() {
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and pg_has_role(current_user, c.relowner, 'MEMBER')""", Integer.class)).isZero();
    }

    @Test
    void theApplicationsAccountCannotSwitchTheAuditTrailsTriggersOff() {
        jdbc.update(
                "insert into audit_event (actor, action, entity_type, summary) values ('role.test', 'TEST', 'Test', 'before')");

        assertThatThrownBy(() -> jdbc.execute("set session_replication_role = replica"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("alter table audit_event disable trigger all"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("alter table audit_event disable trigger audit_event_no_update_delete"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.execute("drop trigger audit_event_no_update_delete on audit_event"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'after' where actor = 'role.test'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select summary from audit_event where actor = 'role.test'", String.class))
                .isEqualTo("before");
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_trigger where tgrelid = 'audit_event'::regclass and tgenabled = 'D'",
                        Integer.class))
                .isZero();
    }

    @Test
    void tablesOfLaterMigrationsAreCoveredAndTheMigrationsRecordIsReadOnly() {
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'r' and c.relname <> 'flyway_schema_history'
                  and not (has_table_privilege(c.oid, 'SELECT') and has_table_privilege(c.oid, 'INSERT')
                           and has_table_privilege(c.oid, 'UPDATE') and has_table_privilege(c.oid, 'DELETE'))
                """, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'r'
                  and (has_table_privilege(c.oid, 'TRUNCATE') or has_table_privilege(c.oid, 'TRIGGER'))
                """, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select has_table_privilege('flyway_schema_history', 'INSERT')", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_default_acl a join pg_namespace n on n.oid = a.defaclnamespace
                where n.nspname = current_schema() and array_to_string(a.defaclacl, ',') like '%' || current_user || '=%'
                """, Integer.class)).isEqualTo(2);
    }
}
