package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.pledge.CommittedTarget;
import vn.thidua.pledge.PledgeService;

/**
 * The targets of a round's figure criteria, which units no longer type themselves (a typo in one unit's target bent
 * every other unit's points). For each unit and figure criterion the target is, in this order: the unit's own
 * target in the cluster-year's completed pledge, when the criterion measures a pledge target; the target the
 * administrator set on the round for that unit; the one set for the criterion (every unit). Without any, the unit's
 * figure is kept but not scored, and the sheet cannot be submitted.
 */
@Service
public class RoundTargetService {

    static final String ENTITY = "RoundTarget";

    /** Where a unit's target comes from. */
    public enum Source {
        PLEDGE,
        UNIT,
        CRITERION;

        public String messageKey() {
            return "scoring.targets.source." + name();
        }
    }

    /** A unit's target for one criterion and where it comes from. */
    public record Target(BigDecimal value, Source source) {}

    /** The targets page: the figure criteria with the criterion's target and every unit's resolved target. */
    public record TargetsView(
            ScoringRound round,
            ClusterYearSummary year,
            List<CriterionNode> figures,
            List<UnitName> units,
            Map<Long, BigDecimal> byCriterion,
            Map<Long, Map<Long, Target>> byUnit,
            boolean canEdit) {

        public Target of(CriterionNode node, UnitName unit) {
            return byUnit.getOrDefault(unit.id(), Map.of()).get(node.getId());
        }
    }

    private final ScoringNames names;
    private final ScoringRoundRepository rounds;
    private final ScoreSheetRepository sheets;
    private final CriterionNodeRepository nodes;
    private final RoundTargetRepository targets;
    private final PledgeService pledges;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessPolicy policy;

    RoundTargetService(
            ScoringNames names,
            ScoringRoundRepository rounds,
            ScoreSheetRepository sheets,
            CriterionNodeRepository nodes,
            RoundTargetRepository targets,
            PledgeService pledges,
            AuditTrail audit,
            Clock clock,
            AccessPolicy policy) {
        this.names = names;
        this.policy = policy;
        this.rounds = rounds;
        this.sheets = sheets;
        this.nodes = nodes;
        this.targets = targets;
        this.pledges = pledges;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every unit's target of every figure criterion of the round, for the administrator's targets page. */
    @Transactional(readOnly = true)
    public TargetsView view(long roundId) {
        CurrentUser user = policy.requireStaff();
        ScoringRound round = ownRound(user, roundId);
        CriteriaTree tree = new CriteriaTree(
                round.getTable(), nodes.findByTable(round.getTable().getId()));
        List<CriterionNode> figures = figures(tree);
        ClusterYear year = names.year(round);
        List<ScoreSheet> roundSheets = sheets.findByRound(roundId);
        Map<Long, UnitName> names = this.names.units(
                year, roundSheets.stream().map(ScoreSheet::getUnitId).collect(java.util.stream.Collectors.toSet()));
        List<UnitName> units = roundSheets.stream()
                .map(s -> names.get(s.getUnitId()))
                .sorted(java.util.Comparator.comparing(UnitName::code))
                .toList();
        List<RoundTarget> set = targets.findByRound(roundId);
        Map<Long, BigDecimal> byCriterion = new HashMap<>();
        set.stream().filter(t -> t.getUnitId() == null).forEach(t -> byCriterion.put(t.getNodeId(), t.getTarget()));
        Map<Long, Map<Long, Target>> byUnit = new HashMap<>();
        Map<Long, List<CommittedTarget>> committed =
                linked(figures) ? pledges.committedTargetsOfMembers(round.getClusterYearId()) : Map.of();
        for (UnitName unit : units) {
            Map<Long, Target> row = new HashMap<>();
            for (CriterionNode node : figures) {
                Target target = resolve(node, unit.id(), set, committed.getOrDefault(unit.id(), List.of()));
                if (target != null) {
                    row.put(node.getId(), target);
                }
            }
            byUnit.put(unit.id(), row);
        }
        boolean canEdit = policy.isAdminOf(user, round.getTable().getOrganizerId())
                && round.getStatus() == RoundStatus.SELF_SCORING;
        return new TargetsView(round, year.summary(), figures, units, byCriterion, byUnit, canEdit);
    }

    /**
     * Sets (or, with {@code value} null, removes) the target of a figure criterion for every unit ({@code unitId}
     * null) or for one unit, while self-scoring is open. Every sheet not final takes the new targets at once, its
     * figures rescored; the change is audited.
     */
    @Transactional
    public void set(long roundId, long nodeId, Long unitId, BigDecimal value) {
        CurrentUser user = policy.requireAdmin();
        ScoringRound round = ownRound(user, roundId);
        if (round.getStatus() != RoundStatus.SELF_SCORING) {
            throw new ScoringException("scoring.targets.notSelfScoring");
        }
        CriteriaTree tree = new CriteriaTree(
                round.getTable(), nodes.findByTable(round.getTable().getId()));
        CriterionNode node = figures(tree).stream()
                .filter(n -> n.getId() == nodeId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("criterion"));
        List<ScoreSheet> roundSheets = sheets.findByRoundWithLines(roundId);
        if (unitId != null && roundSheets.stream().noneMatch(s -> s.getUnitId().equals(unitId))) {
            throw new NotFoundException("unit");
        }
        RoundTarget existing = targets.findByRound(roundId).stream()
                .filter(t -> t.getNodeId() == nodeId && Objects.equals(t.getUnitId(), unitId))
                .findFirst()
                .orElse(null);
        BigDecimal before = existing == null ? null : existing.getTarget();
        if (value == null) {
            if (existing == null) {
                return;
            }
            targets.delete(existing);
        } else {
            RoundTarget target = existing != null ? existing : new RoundTarget(roundId, nodeId, unitId);
            target.set(value, node.getCode(), user.getUsername(), clock.instant());
            if (before != null && before.compareTo(target.getTarget()) == 0) {
                return;
            }
            targets.save(target);
        }
        targets.flush();
        Map<String, Object> oldState = new LinkedHashMap<>();
        oldState.put(node.getCode(), before);
        Map<String, Object> newState = new LinkedHashMap<>();
        newState.put(node.getCode(), value);
        Map<Long, UnitName> units = names.units(round, roundSheets);
        String summary = names.summary(round);
        String who = unitId == null ? "" : " · " + units.get(unitId).name();
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.SCORING_TARGET_SET.code(),
                        ScoringRecords.ROUND,
                        roundId,
                        summary + " · " + node.getCode() + who)
                .withValues(oldState, newState));
        Map<Long, Map<String, BigDecimal>> byUnit = targetsOfRound(round, tree);
        for (ScoreSheet sheet : roundSheets) {
            Map<String, BigDecimal> unitTargets = byUnit.getOrDefault(sheet.getUnitId(), Map.of());
            Map<String, BigDecimal> best = bestRatios(roundId, sheet.getId());
            Map<String, Object> scoresBefore = sheet.scoreState(ScoreLine::getSelfScore);
            sheet.applyTargets(unitTargets::get, best::get, clock.instant());
            Map<String, Object> scoresAfter = sheet.scoreState(ScoreLine::getSelfScore);
            if (!scoresBefore.equals(scoresAfter)) {
                // No score changes unseen: the sheet's own trail says which figures the new target rescored.
                audit.record(AuditEntry.of(
                                user.organizerId(),
                                ScoringAuditAction.SCORE_FIGURES_RESCORED.code(),
                                ScoringRecords.SHEET,
                                sheet.getId(),
                                units.get(sheet.getUnitId()).name() + " · " + summary)
                        .withValues(changed(scoresBefore, scoresAfter), changed(scoresAfter, scoresBefore)));
            }
        }
        sheets.flush();
    }

    /** The targets of one unit's figures, by criterion key. */
    Map<String, BigDecimal> targetsOf(ScoreSheet sheet, CriteriaTree tree) {
        List<CriterionNode> figures = figures(tree);
        if (figures.isEmpty()) {
            return Map.of();
        }
        ScoringRound round = sheet.getRound();
        long unitId = sheet.getUnitId();
        List<RoundTarget> set = targets.findByRound(round.getId());
        List<CommittedTarget> committed =
                linked(figures) ? pledges.committedTargets(round.getClusterYearId(), unitId) : List.of();
        Map<String, BigDecimal> result = new HashMap<>();
        for (CriterionNode node : figures) {
            Target target = resolve(node, unitId, set, committed);
            if (target != null) {
                result.put(node.key(), target.value());
            }
        }
        return result;
    }

    /** The targets of every unit of the round, by unit id and criterion key. */
    Map<Long, Map<String, BigDecimal>> targetsOfRound(ScoringRound round, CriteriaTree tree) {
        List<CriterionNode> figures = figures(tree);
        Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
        if (figures.isEmpty()) {
            return result;
        }
        List<RoundTarget> set = targets.findByRound(round.getId());
        Map<Long, List<CommittedTarget>> committed =
                linked(figures) ? pledges.committedTargetsOfMembers(round.getClusterYearId()) : Map.of();
        for (ScoreSheet sheet : sheets.findByRound(round.getId())) {
            long unitId = sheet.getUnitId();
            Map<String, BigDecimal> row = new HashMap<>();
            for (CriterionNode node : figures) {
                Target target = resolve(node, unitId, set, committed.getOrDefault(unitId, List.of()));
                if (target != null) {
                    row.put(node.key(), target.value());
                }
            }
            result.put(unitId, row);
        }
        return result;
    }

    private static Map<String, Object> changed(Map<String, Object> values, Map<String, Object> other) {
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!Objects.equals(value, other.get(key))) {
                result.put(key, value);
            }
        });
        return result;
    }

    private static Target resolve(
            CriterionNode node, long unitId, List<RoundTarget> set, List<CommittedTarget> committed) {
        if (node.getPledgeTarget() != null) {
            for (CommittedTarget target : committed) {
                if (node.measures(target.name())
                        && target.value() != null
                        && target.value().signum() > 0) {
                    return new Target(target.value(), Source.PLEDGE);
                }
            }
        }
        BigDecimal forCriterion = null;
        for (RoundTarget target : set) {
            if (target.getNodeId().equals(node.getId())) {
                if (Objects.equals(target.getUnitId(), unitId)) {
                    return new Target(target.getTarget(), Source.UNIT);
                }
                if (target.getUnitId() == null) {
                    forCriterion = target.getTarget();
                }
            }
        }
        return forCriterion == null ? null : new Target(forCriterion, Source.CRITERION);
    }

    private static List<CriterionNode> figures(CriteriaTree tree) {
        return tree.criteria().stream()
                .filter(n -> n.getKind() == CriterionKind.FIGURE_AGAINST_TARGET)
                .toList();
    }

    private static boolean linked(List<CriterionNode> figures) {
        return figures.stream().anyMatch(n -> n.getPledgeTarget() != null);
    }

    private Map<String, BigDecimal> bestRatios(long roundId, long exceptSheetId) {
        Map<String, BigDecimal> best = new HashMap<>();
        for (Object[] row : sheets.bestRatios(roundId, exceptSheetId)) {
            best.put((String) row[0], (BigDecimal) row[1]);
        }
        return best;
    }

    private ScoringRound ownRound(CurrentUser user, long roundId) {
        return rounds.findFull(roundId)
                .filter(round -> round.getTable().getOrganizerId().equals(user.organizerId()))
                .orElseThrow(() -> new NotFoundException("round"));
    }
}
