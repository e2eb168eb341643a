package vn.thidua.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.thidua.common.BusinessTime;
import vn.thidua.organization.ClusterKind;
import vn.thidua.organization.ClusterTermStatus;

/** One cluster-year on the province's overview: its pledge (if drafted yet) and how far signing has gone. */
public record PledgeOverviewRow(
        long termId,
        String clusterCode,
        String clusterName,
        ClusterKind clusterKind,
        ClusterTermStatus termStatus,
        Long pledgeId,
        PledgeStatus pledgeStatus,
        LocalDate deadline,
        Instant completedAt,
        long members,
        long signed,
        long declined) {

    public boolean hasPledge() {
        return pledgeId != null;
    }

    public LocalDateTime completedAtLocal() {
        return BusinessTime.localDateTime(completedAt);
    }

    /** The status label's message key: the pledge's, or "not drafted yet". */
    public String statusKey() {
        return pledgeStatus == null ? "pledge.status.NONE" : pledgeStatus.messageKey();
    }
}
