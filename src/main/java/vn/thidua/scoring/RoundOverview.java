package vn.thidua.scoring;

import vn.thidua.organization.ClusterYearSummary;

/** A cluster-year with its scoring round, if one was created, and the table that would apply. */
public record RoundOverview(ClusterYearSummary clusterYear, ScoringRound round, CriteriaTable applicableTable) {

    public RoundStatus status() {
        return round == null ? RoundStatus.NOT_OPEN : round.getStatus();
    }
}
