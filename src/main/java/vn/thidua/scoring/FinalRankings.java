package vn.thidua.scoring;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The final rankings as records, for the other features (see {@link Rankings}). */
@Component
@Transactional(readOnly = true)
class FinalRankings implements Rankings {

    private final ScoringRoundRepository rounds;
    private final ScoringService scoring;

    FinalRankings(ScoringRoundRepository rounds, ScoringService scoring) {
        this.rounds = rounds;
        this.scoring = scoring;
    }

    @Override
    public Optional<FinalRanking> finalRanking(long clusterYearId) {
        return rounds.findByTerm(clusterYearId)
                .filter(ScoringRound::isFinalised)
                .map(round -> {
                    RankingView view = scoring.rankingOf(round, false);
                    return new FinalRanking(
                            round.getId(),
                            clusterYearId,
                            view.rows().stream()
                                    .map(row -> new RankedUnit(
                                            row.rank(),
                                            row.candidate().unitId(),
                                            row.candidate().unitCode(),
                                            row.candidate().unitName(),
                                            row.withoutScores(view.rule()) ? null : row.total(),
                                            row.tiedOnTotal(),
                                            !row.notSubmitted()))
                                    .toList());
                });
    }
}
