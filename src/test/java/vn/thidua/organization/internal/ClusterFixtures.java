package vn.thidua.organization.internal;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * Clusters, units and years of the tests' own, so that changes never touch the demo clusters other tests rely on.
 */
abstract class ClusterFixtures extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A code no other test uses. */
    static String uniqueCode(String prefix) {
        return "CLT-" + prefix + SEQUENCE.incrementAndGet();
    }

    long newUnit(String organizerCode, String shortName) {
        String code = uniqueCode("U");
        return idOf("""
                insert into unit (organizer_id, code, name, short_name, level)
                select id, ?, ?, ?, 'COMMUNE' from organizer where code = ? returning id""", code, "Ủy ban nhân dân xã " + shortName, shortName, organizerCode);
    }

    long newUnitWithCode(String organizerCode, String code, String shortName) {
        return idOf("""
                insert into unit (organizer_id, code, name, short_name, level)
                select id, ?, ?, ?, 'COMMUNE' from organizer where code = ? returning id""", code, "Ủy ban nhân dân xã " + shortName, shortName, organizerCode);
    }

    void retireUnit(long unitId) {
        jdbc.update(
                "update unit set retired_on = date '2025-07-01', retirement_reason = 'sáp nhập' where id = ?", unitId);
    }

    long newCluster(String organizerCode, String name) {
        return idOf("""
                insert into cluster (organizer_id, code, name, kind)
                select id, ?, ?, 'CLUSTER' from organizer where code = ? returning id""", uniqueCode("K"), name, organizerCode);
    }

    long newTerm(long clusterId, int year, String status) {
        return idOf(
                "insert into cluster_term (cluster_id, year, status, reopens_to) values (?, ?, ?, ?) returning id",
                clusterId,
                year,
                status,
                "CLOSED".equals(status) ? "RESULTS" : null);
    }

    /**
     * Adds a member as it was added while the year was set up: the database takes members only then, so a year
     * already moved on is taken back to its set-up for the insert and returned to its status.
     */
    void addMember(long termId, long unitId, String role) {
        String status = jdbc.queryForObject("select status from cluster_term where id = ?", String.class, termId);
        String reopensTo =
                jdbc.queryForObject("select reopens_to from cluster_term where id = ?", String.class, termId);
        jdbc.update("update cluster_term set status = 'SET_UP', reopens_to = null where id = ?", termId);
        jdbc.update("insert into cluster_member (term_id, unit_id, role) values (?, ?, ?)", termId, unitId, role);
        jdbc.update("update cluster_term set status = ?, reopens_to = ? where id = ?", status, reopensTo, termId);
    }

    String roleOf(long termId, long unitId) {
        return jdbc.queryForObject(
                "select role from cluster_member where term_id = ? and unit_id = ?", String.class, termId, unitId);
    }

    long termVersion(long termId) {
        return idOf("select version from cluster_term where id = ?", termId);
    }

    long termIdOf(long clusterId, int year) {
        return idOf("select id from cluster_term where cluster_id = ? and year = ?", clusterId, year);
    }

    int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    /** The latest audit record of an action on an entity, with its old and new values as JSON text. */
    Map<String, Object> lastAudit(String action, String entityType, long entityId) {
        return jdbc.queryForMap("""
                select actor, summary, old_value::text as old_value, new_value::text as new_value from audit_event
                where action = ? and entity_type = ? and entity_id = ? order by id desc limit 1""", action, entityType, entityId);
    }

    /** One field of the old or new value of the latest audit record of an action on an entity. */
    String auditValue(String action, String entityType, long entityId, String column, String field) {
        return jdbc.queryForObject(
                "select " + column + " ->> ? from audit_event"
                        + " where action = ? and entity_type = ? and entity_id = ? order by id desc limit 1",
                String.class,
                field,
                action,
                entityType,
                entityId);
    }

    /** A unit officer of the tests' own for the given unit. */
    String newOfficer(long unitId, String role) {
        String username = uniqueCode("user").toLowerCase();
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                select ?, password_hash, 'Cán bộ thử nghiệm', ?, organizer_id, ? from app_user where username = 'admin'""", username, role, unitId);
        return username;
    }

    CurrentUser signIn(String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
