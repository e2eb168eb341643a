package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.organization.internal.ClusterService;
import vn.thidua.organization.internal.OrganizationException;
import vn.thidua.support.IntegrationTest;

/**
 * The pledge moves its cluster-year: opening it freezes the members (in the service and in the database), withdrawing
 * it unfreezes them, the head's countersignature moves the year on; each move is recorded with its cause. A closed
 * year refuses every change to its pledge.
 */
class PledgeMovesTheYearTest extends IntegrationTest {

    @Autowired
    PledgeService pledges;

    @Autowired
    ClusterService clusters;

    PledgeFixture cluster;

    @BeforeEach
    void cluster() {
        cluster = PledgeFixture.create(jdbc, 2);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long openPledge() {
        cluster.signIn("head");
        Pledge pledge = pledges.createDraft(cluster.termId, DraftSource.TEMPLATE);
        pledges.open(pledge.getId(), pledge.getVersion(), PledgeServiceTest.DEADLINE);
        return pledge.getId();
    }

    private void signAs(String role, long id) {
        cluster.signIn(role);
        pledges.sign(id, pledges.view(id).pledge().getTextHash(), PledgeServiceTest.PASSWORD, "127.0.0.1");
    }

    private String status() {
        return jdbc.queryForObject("select status from cluster_term where id = ?", String.class, cluster.termId);
    }

    private long termVersion() {
        return jdbc.queryForObject("select version from cluster_term where id = ?", Long.class, cluster.termId);
    }

    private Map<String, Object> lastMove(String action) {
        return jdbc.queryForMap("""
                select actor, old_value ->> 'status' as before, new_value ->> 'status' as after, new_value ->> 'cause' as cause, reason
                from audit_event where entity_type = 'ClusterTerm' and entity_id = ? and action = ? order by id desc limit 1""", cluster.termId, action);
    }

    private static void assertRefused(Runnable change, String messageKey) {
        assertThatThrownBy(change::run)
                .isInstanceOf(OrganizationException.class)
                .extracting(e -> ((OrganizationException) e).getMessageKey())
                .isEqualTo(messageKey);
    }

    @Test
    void openingThePledgeFreezesMembersHeadAndDeputiesInTheServiceAndTheDatabase() {
        long member = cluster.memberUnits.get(0);
        long other = cluster.memberUnits.get(1);
        assertThat(status()).isEqualTo("SET_UP");
        openPledge();

        assertThat(status()).isEqualTo("PLEDGE");
        Map<String, Object> move = lastMove("TERM_STATUS_ADVANCED");
        assertThat(move.get("actor")).isEqualTo(cluster.username("head"));
        assertThat(move)
                .containsEntry("before", "SET_UP")
                .containsEntry("after", "PLEDGE")
                .containsEntry("cause", "Giao ước thi đua được mở ký")
                .containsEntry("reason", "Giao ước thi đua được mở ký");

        cluster.signIn("admin");
        long version = termVersion();
        assertRefused(() -> clusters.removeMember(cluster.clusterId, 2021, version, member), "term.locked.pledge");
        assertRefused(
                () -> clusters.appointLeaders(cluster.clusterId, 2021, version, member, List.of()),
                "term.locked.pledge");
        assertRefused(
                () -> clusters.addMembers(cluster.clusterId, 2021, version, List.of(cluster.outsideUnit)),
                "term.locked.pledge");

        // Whatever reaches the database directly is refused as well.
        assertThatThrownBy(() -> jdbc.update(
                        "delete from cluster_member where term_id = ? and unit_id = ?", cluster.termId, member))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.update(
                        "update cluster_member set role = case when unit_id = ? then 'HEAD' else 'MEMBER' end where term_id = ?",
                        other,
                        cluster.termId))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'MEMBER')",
                        cluster.termId,
                        cluster.outsideUnit))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("frozen");
        assertThat(jdbc.queryForObject(
                        "select count(*) from cluster_member where term_id = ?", Integer.class, cluster.termId))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select unit_id from cluster_member where term_id = ? and role = 'HEAD'",
                        Long.class,
                        cluster.termId))
                .isEqualTo(cluster.headUnit);
    }

    @Test
    void withdrawingThePledgeUnfreezesTheYear() {
        long id = openPledge();
        signAs("m1", id);
        cluster.signIn("head");
        pledges.withdraw(id, pledges.view(id).pledge().getVersion(), "Bổ sung thành viên");

        assertThat(status()).isEqualTo("SET_UP");
        Map<String, Object> move = lastMove("TERM_STATUS_RETURNED");
        assertThat(move.get("actor")).isEqualTo(cluster.username("head"));
        assertThat(move)
                .containsEntry("before", "PLEDGE")
                .containsEntry("after", "SET_UP")
                .containsEntry("cause", "Giao ước thi đua được rút về để sửa")
                .containsEntry("reason", "Bổ sung thành viên");

        cluster.signIn("admin");
        clusters.addMembers(cluster.clusterId, 2021, termVersion(), List.of(cluster.outsideUnit));
        assertThat(jdbc.queryForObject(
                        "select count(*) from cluster_member where term_id = ?", Integer.class, cluster.termId))
                .isEqualTo(4);
    }

    @Test
    void theHeadsCountersignatureMovesTheYearOnWithItsCause() {
        long id = openPledge();
        signAs("m1", id);
        signAs("m2", id);
        // The head is a unit's officer, not an administrator: their step moves the year all the same.
        signAs("head", id);

        assertThat(pledges.view(id).pledge().getStatus()).isEqualTo(PledgeStatus.COMPLETED);
        assertThat(status()).isEqualTo("PLEDGED");
        Map<String, Object> move = lastMove("TERM_STATUS_ADVANCED");
        assertThat(move.get("actor")).isEqualTo(cluster.username("head"));
        assertThat(move)
                .containsEntry("before", "PLEDGE")
                .containsEntry("after", "PLEDGED")
                .containsEntry("cause", "Giao ước thi đua được cụm trưởng ký xác nhận, hoàn tất");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'ClusterTerm' and entity_id = ? and action like 'TERM_STATUS_%'",
                        Integer.class, cluster.termId))
                .isEqualTo(2);
        // The signed pledge names the members: they stay as signed.
        cluster.signIn("admin");
        assertRefused(
                () -> clusters.removeMember(cluster.clusterId, 2021, termVersion(), cluster.memberUnits.get(0)),
                "term.locked.pledged");
    }

    @Test
    void aClosedYearRefusesEveryChangeToItsPledgeUntilReopenedWithAReason() {
        long id = openPledge();
        signAs("m1", id);
        // Its scoring is over and its results published.
        jdbc.update("update cluster_term set status = 'RESULTS' where id = ?", cluster.termId);

        cluster.signIn("admin");
        clusters.closeTerm(cluster.clusterId, 2021, termVersion());
        assertThat(status()).isEqualTo("CLOSED");
        assertThat(lastMove("TERM_CLOSED")).containsEntry("before", "RESULTS").containsEntry("after", "CLOSED");

        cluster.signIn("head");
        assertThatThrownBy(() -> pledges.withdraw(id, pledges.view(id).pledge().getVersion(), "Sửa"))
                .hasMessageContaining("pledge.term.closed");
        assertThatThrownBy(() -> signAs("m2", id)).hasMessageContaining("pledge.term.closed");
        assertThat(pledges.view(id).can().withdraw()).isFalse();

        assertThatThrownBy(() -> jdbc.update("update pledge set title = 'Đổi' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> jdbc.update("update pledge_signature set status = 'VOID' where pledge_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> jdbc.update("update pledge_target set name = 'Đổi' where pledge_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> jdbc.update("delete from cluster_member where term_id = ?", cluster.termId))
                .isInstanceOf(DataAccessException.class);

        cluster.signIn("admin");
        assertRefused(
                () -> clusters.reopenTerm(cluster.clusterId, 2021, termVersion(), "  "), "term.reopen.reasonRequired");
        clusters.reopenTerm(cluster.clusterId, 2021, termVersion(), "Bổ sung chữ ký còn thiếu");
        assertThat(status()).isEqualTo("RESULTS");
        Map<String, Object> reopened = lastMove("TERM_REOPENED");
        assertThat(reopened.get("actor")).isEqualTo(cluster.username("admin"));
        assertThat(reopened)
                .containsEntry("before", "CLOSED")
                .containsEntry("after", "RESULTS")
                .containsEntry("reason", "Bổ sung chữ ký còn thiếu");
        assertThat(jdbc.update("update pledge set title = title where id = ?", id))
                .isEqualTo(1);
    }
}
