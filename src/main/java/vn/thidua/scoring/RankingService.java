package vn.thidua.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.organization.ClusterYear;

/**
 * The ranking of a round: members see it once the round is final, provincial staff at any time (provisional before,
 * with the figures that stand out); and the final rankings as records for the other features ({@link Rankings}).
 */
@Service
public class RankingService implements Rankings {

    private final ScoringRoundRepository rounds;
    private final ScoreSheetRepository sheets;
    private final ScoringSupport support;
    private final AccessPolicy policy;

    private final ScoringNames names;

    RankingService(
            ScoringRoundRepository rounds,
            ScoreSheetRepository sheets,
            ScoringSupport support,
            AccessPolicy policy,
            ScoringNames names) {
        this.names = names;
        this.rounds = rounds;
        this.sheets = sheets;
        this.support = support;
        this.policy = policy;
    }

    /** The ranking: members see it once the round is final, provincial staff at any time (provisional before). */
    @Transactional(readOnly = true)
    public RankingView ranking(long roundId) {
        CurrentUser user = CurrentUsers.require();
        ScoringRound round = support.readableRound(roundId);
        boolean staff = policy.isStaffOf(user, round.getTable().getOrganizerId());
        if (!staff && !round.isFinalised()) {
            throw new ScoringException("scoring.ranking.notYet");
        }
        return rankingOf(round, staff);
    }

    /** The round's ranking, with the outliers when {@code withOutliers}; checks nobody's rights. */
    RankingView rankingOf(ScoringRound round, boolean withOutliers) {
        long roundId = round.getId();
        CriteriaTree tree = support.tree(round);
        ClusterYear year = names.year(round);
        List<ScoreSheet> found = sheets.findByRound(roundId);
        Map<Long, UnitName> units = names.units(
                year, found.stream().map(ScoreSheet::getUnitId).collect(java.util.stream.Collectors.toSet()));
        List<ScoreSheet> all = found.stream()
                .sorted(java.util.Comparator.comparing(
                        s -> units.get(s.getUnitId()).code()))
                .toList();
        List<ScoreSheet> ranked =
                all.stream().filter(ScoreSheet::isSubmittedOrLater).toList();
        List<LineScores> lines = sheets.findLineScores(roundId);
        Map<Long, SheetTotals> totals =
                SheetTotals.bySheet(tree, ranked.stream().map(ScoreSheet::getId).toList(), lines);
        List<Ranking.Candidate> candidates = new ArrayList<>();
        for (ScoreSheet sheet : ranked) {
            candidates.add(Ranking.candidate(
                    sheet.getId(),
                    sheet.getUnitId(),
                    units.get(sheet.getUnitId()).code(),
                    units.get(sheet.getUnitId()).name(),
                    units.get(sheet.getUnitId()).shortName(),
                    tree,
                    totals.get(sheet.getId())));
        }
        SheetTotals nothing = SheetTotals.of(tree, Map.of());
        List<Ranking.Candidate> absent = all.stream()
                .filter(ScoreSheet::isNotSubmitted)
                .map(sheet -> Ranking.candidate(
                        sheet.getId(),
                        sheet.getUnitId(),
                        units.get(sheet.getUnitId()).code(),
                        units.get(sheet.getUnitId()).name(),
                        units.get(sheet.getUnitId()).shortName(),
                        tree,
                        nothing))
                .toList();
        List<FigureOutliers.Outlier> outliers = withOutliers
                ? FigureOutliers.of(
                        tree,
                        ranked.stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        ScoreSheet::getId,
                                        s -> units.get(s.getUnitId()).name())),
                        lines)
                : List.of();
        return new RankingView(
                round,
                year.summary(),
                tree,
                Ranking.of(candidates, absent, round.getNonSubmitterRule()),
                !round.isFinalised(),
                outliers);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FinalRanking> finalRanking(long clusterYearId) {
        return rounds.findByTerm(clusterYearId)
                .filter(ScoringRound::isFinalised)
                .map(round -> {
                    RankingView view = rankingOf(round, false);
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
