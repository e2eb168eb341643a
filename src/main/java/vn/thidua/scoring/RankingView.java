package vn.thidua.scoring;

import java.util.List;

/** A round's ranking: final once the round is finalised, provisional before (shown only to provincial staff). */
public record RankingView(ScoringRound round, CriteriaTree tree, List<Ranking.Row> rows, boolean provisional) {
}
