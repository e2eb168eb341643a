package vn.thidua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.Users;

/** Cluster-head rights follow the yearly rotation, never a flag on the person. */
class ClusterScopeTest extends ClusterFixtures {

    @Autowired
    ClusterScopeDirectory scope;

    @Test
    void theHeadOfTheWorkingYearActsAsHead() {
        var cumtruong2 = Users.principal(jdbc, "cumtruong2");
        assertThat(scope.isHeadOf(cumtruong2, termId("AG", "CUM2", 2021))).isTrue();
        assertThat(scope.headedTerms(cumtruong2))
                .extracting(term -> term.getCluster().getCode())
                .containsExactly("CUM2");
    }

    @Test
    void lastYearsDeputyIsNotHeadOfLastYear() {
        // Châu Thành was deputy in 2020 when An Phú was head.
        assertThat(scope.isHeadOf(Users.principal(jdbc, "cumtruong2"), termId("AG", "CUM2", 2020)))
                .isFalse();
    }

    @Test
    void lastYearsHeadHasNoHeadRightsThisYear() {
        var anphu = Users.principal(jdbc, "anphu");
        assertThat(scope.isHeadOf(anphu, termId("AG", "CUM2", 2021))).isFalse();
        assertThat(scope.isHeadOf(anphu, termId("AG", "CUM2", 2020))).isFalse();
        assertThat(scope.headedTerms(anphu)).isEmpty();
    }

    @Test
    void staffAreNeverHeads() {
        assertThat(scope.isHeadOf(Users.principal(jdbc, "admin"), termId("AG", "CUM2", 2021)))
                .isFalse();
    }

    @Test
    void headRightsMoveWithANewAppointment() {
        long cluster = newCluster("AG", "Cụm luân phiên phạm vi");
        long term = newTerm(cluster, 2021, "SET_UP");
        long incoming = newUnit("AG", "Xã Kế Nhiệm");
        long outgoing = newUnit("AG", "Xã Tiền Nhiệm");
        addMember(term, incoming, "MEMBER");
        addMember(term, outgoing, "HEAD");
        var incomingOfficer = Users.principal(jdbc, newOfficer(incoming, "CLUSTER_HEAD"));
        var outgoingOfficer = Users.principal(jdbc, newOfficer(outgoing, "CLUSTER_HEAD"));
        assertThat(scope.isHeadOf(incomingOfficer, term)).isFalse();
        assertThat(scope.isHeadOf(outgoingOfficer, term)).isTrue();

        jdbc.update(
                "update cluster_member set role = case when unit_id = ? then 'HEAD' else 'MEMBER' end where term_id = ?",
                incoming,
                term);

        assertThat(scope.isHeadOf(incomingOfficer, term)).isTrue();
        assertThat(scope.isHeadOf(outgoingOfficer, term)).isFalse();
    }

    @Test
    void headRightsNeedTheWorkingYear() {
        long cluster = newCluster("AG", "Cụm năm sau phạm vi");
        long nextYear = newTerm(cluster, 2022, "SET_UP");
        long unit = newUnit("AG", "Xã Năm Sau");
        addMember(nextYear, unit, "HEAD");
        assertThat(scope.isHeadOf(Users.principal(jdbc, newOfficer(unit, "CLUSTER_HEAD")), nextYear))
                .isFalse();
    }
}
