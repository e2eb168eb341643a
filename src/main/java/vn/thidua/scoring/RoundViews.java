package vn.thidua.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.organization.ClusterYears;

/** What a round shows: the organiser's rounds of a year, a unit's rounds, and a round's page with its sheets. */
@Service
public class RoundViews {

    private final ScoringNames names;
    private final ScoringRoundRepository rounds;
    private final ScoreSheetRepository sheets;
    private final CriteriaTableRepository tables;
    private final ClusterYears clusterYears;
    private final ScoringSupport support;
    private final ScoringAccess access;
    private final AccessPolicy policy;

    RoundViews(
            ScoringNames names,
            ScoringRoundRepository rounds,
            ScoreSheetRepository sheets,
            CriteriaTableRepository tables,
            ClusterYears clusterYears,
            ScoringSupport support,
            ScoringAccess access,
            AccessPolicy policy) {
        this.names = names;
        this.rounds = rounds;
        this.sheets = sheets;
        this.tables = tables;
        this.clusterYears = clusterYears;
        this.support = support;
        this.access = access;
        this.policy = policy;
    }

    /** The organiser's cluster-years of a year with their rounds: what administrators open and move on. */
    @Transactional(readOnly = true)
    public List<RoundOverview> overview(int year) {
        CurrentUser user = policy.requireStaff();
        List<ClusterYearSummary> terms = clusterYears.ofOrganizer(user.organizerId(), year);
        Map<Long, ScoringRound> byTerm = new HashMap<>();
        if (!terms.isEmpty()) {
            rounds.findByTerms(terms.stream().map(ClusterYearSummary::id).toList())
                    .forEach(r -> byTerm.put(r.getClusterYearId(), r));
        }
        List<RoundOverview> result = new ArrayList<>();
        for (ClusterYearSummary term : terms) {
            ScoringRound round = byTerm.get(term.id());
            CriteriaTable table = round != null
                    ? round.getTable()
                    : tables.findForCluster(term.clusterId(), term.year()).orElse(null);
            result.add(new RoundOverview(term, round, table));
        }
        return result;
    }

    /** The round's cluster-year, as organisation reads it; checks nobody's rights. */
    @Transactional(readOnly = true)
    public ClusterYearSummary clusterYearOf(ScoringRound round) {
        return names.year(round).summary();
    }

    @Transactional(readOnly = true)
    public ScoringRound round(long roundId) {
        return support.readableRound(roundId);
    }

    /** A round's page: every sheet's status and totals for those who may see them; one's own sheet for a unit. */
    @Transactional(readOnly = true)
    public RoundView roundView(long roundId) {
        return roundView(roundId, false);
    }

    /** The round's page with every visible sheet's lines loaded, for the export of all sheets. */
    @Transactional(readOnly = true)
    public RoundView roundViewWithLines(long roundId) {
        return roundView(roundId, true);
    }

    private RoundView roundView(long roundId, boolean withLines) {
        CurrentUser user = CurrentUsers.require();
        ScoringRound round = support.readableRound(roundId, true);
        CriteriaTree tree = support.tree(round);
        boolean manage = policy.isAdminOf(user, round.getTable().getOrganizerId());
        boolean staff = policy.isStaffOf(user, round.getTable().getOrganizerId());
        boolean head = policy.isHeadOf(user, round.getClusterYearId());
        boolean seeAll = staff || head || round.isFinalised();
        // The page reads the sheets and their lines' scores in one query; the export reads the lines themselves.
        ScoreSheetRepository.SheetsWithScores read = withLines
                ? new ScoreSheetRepository.SheetsWithScores(
                        sheets.findByRoundWithLines(roundId), sheets.findLineScores(roundId))
                : sheets.sheetsWithScores(roundId);
        ClusterYear year = names.year(round);
        Map<Long, UnitName> units = names.units(
                year, read.sheets().stream().map(ScoreSheet::getUnitId).collect(java.util.stream.Collectors.toSet()));
        List<ScoreSheet> all = read.sheets().stream()
                .sorted((a, b) -> units.get(a.getUnitId())
                        .code()
                        .compareToIgnoreCase(units.get(b.getUnitId()).code()))
                .toList();
        Map<Long, SheetTotals> computed =
                SheetTotals.bySheet(tree, all.stream().map(ScoreSheet::getId).toList(), read.lines());
        Long own = all.stream()
                .filter(s -> policy.actsFor(user, s.getUnitId()))
                .map(ScoreSheet::getId)
                .findFirst()
                .orElse(null);
        Map<Long, SheetTotals> totals = new LinkedHashMap<>();
        List<ScoreSheet> visible = new ArrayList<>();
        java.util.Set<Long> openable = new java.util.HashSet<>();
        for (ScoreSheet sheet : all) {
            if (seeAll || Objects.equals(sheet.getId(), own)) {
                visible.add(sheet);
                // The sheet's own rule decides, as for its page; reading the round already proved membership.
                boolean open = access.canSee(user, sheet, () -> head, () -> true);
                if (open) {
                    openable.add(sheet.getId());
                }
                if (open || sheet.isSubmittedOrLater()) {
                    totals.put(sheet.getId(), computed.get(sheet.getId()));
                }
            }
        }
        return new RoundView(
                round,
                year.summary(),
                units,
                tree,
                visible,
                totals,
                own,
                manage,
                head || manage,
                staff || round.isFinalised(),
                seeAll,
                round.getHistory(),
                openable,
                seeAll
                        ? all.stream()
                                .filter(s -> s.getStatus() == SheetStatus.DRAFT || s.isNotSubmitted())
                                .map(s -> units.get(s.getUnitId()).name())
                                .sorted()
                                .toList()
                        : List.of());
    }

    /** The rounds the signed-in person's unit takes part in, newest first. */
    @Transactional(readOnly = true)
    public List<RoundOverview> myRounds() {
        CurrentUser user = CurrentUsers.require();
        if (!user.role().isUnitBound() || user.unitId() == null) {
            return List.of();
        }
        List<ClusterYearSummary> terms = clusterYears.ofUnit(user.unitId());
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<Long, ScoringRound> byTerm = new HashMap<>();
        rounds.findByTerms(terms.stream().map(ClusterYearSummary::id).toList())
                .forEach(r -> byTerm.put(r.getClusterYearId(), r));
        return terms.stream()
                .map(term -> new RoundOverview(term, byTerm.get(term.id()), null))
                .toList();
    }
}
