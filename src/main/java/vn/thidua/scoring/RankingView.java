package vn.thidua.scoring;

import java.util.List;
import vn.thidua.organization.ClusterYearSummary;

/**
 * A round's ranking: final once the round is finalised, provisional before (shown only to provincial staff). Units
 * that never submitted are ranked by the round's rule and marked; provincial staff also see the figures far from
 * the rest of the cluster ({@link FigureOutliers}).
 */
public record RankingView(
        ScoringRound round,
        ClusterYearSummary year,
        CriteriaTree tree,
        List<Ranking.Row> rows,
        boolean provisional,
        List<FigureOutliers.Outlier> outliers) {

    public NonSubmitterRule rule() {
        return round.getNonSubmitterRule();
    }

    public boolean anyNotSubmitted() {
        return rows.stream().anyMatch(Ranking.Row::notSubmitted);
    }
}
