package vn.thidua.pledge;

import java.time.Instant;
import java.time.LocalDate;

/** A cluster-year's pledge and how far its signing has gone: one line of the overview, before the year is added. */
public record PledgeProgress(
        long clusterYearId,
        long pledgeId,
        PledgeStatus status,
        LocalDate deadline,
        Instant completedAt,
        long signed,
        long declined) {}
