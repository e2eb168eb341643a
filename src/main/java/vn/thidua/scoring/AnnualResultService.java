package vn.thidua.scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Versions;
import vn.thidua.organization.ClusterYear;
import vn.thidua.pledge.CommittedTarget;
import vn.thidua.pledge.PledgeService;

/**
 * Annual results (kết quả thực hiện chỉ tiêu): each unit's achieved figure for each target of its cluster-year's
 * completed pledge. The unit's officers enter them with the same rule as the unit's score sheet (while it is a draft
 * and self-scoring is open); whoever may see the sheet may see them. The sheet is the anchor of both rules.
 */
@Service
public class AnnualResultService {

    static final String ENTITY = "AnnualResult";
    private static final Comparator<CommittedTarget> DOCUMENT_ORDER =
            Comparator.comparing(CommittedTarget::field).thenComparingInt(CommittedTarget::position);

    private final ScoringNames names;
    private final ScoreSheetRepository sheets;
    private final ScoringRoundRepository rounds;
    private final AnnualResultRepository results;
    private final PledgeService pledges;
    private final ScoringAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessPolicy policy;

    AnnualResultService(
            ScoringNames names,
            ScoreSheetRepository sheets,
            ScoringRoundRepository rounds,
            AnnualResultRepository results,
            PledgeService pledges,
            ScoringAccess access,
            AuditTrail audit,
            Clock clock,
            AccessPolicy policy) {
        this.names = names;
        this.policy = policy;
        this.sheets = sheets;
        this.rounds = rounds;
        this.results = results;
        this.pledges = pledges;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The results of the sheet's unit: its targets with what it entered, editable by the unit while they are open. */
    @Transactional(readOnly = true)
    public UnitResultsView ofSheet(long sheetId) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = visibleSheet(user, sheetId);
        long termId = sheet.getRound().getClusterYearId();
        long unitId = sheet.getUnitId();
        Map<Long, AnnualResult> entered = byTarget(results.findByTermAndUnit(termId, unitId));
        List<UnitResultsView.Row> rows = pledges.committedTargets(termId, unitId).stream()
                .sorted(DOCUMENT_ORDER)
                .map(target -> {
                    AnnualResult result = entered.get(target.targetId());
                    return result == null
                            ? new UnitResultsView.Row(target, null, null, null, null)
                            : new UnitResultsView.Row(
                                    target,
                                    result.getValue(),
                                    result.getNote(),
                                    result.getVersion(),
                                    ResultRules.percentOfTarget(result.getValue(), target.value())
                                            .orElse(null));
                })
                .toList();
        boolean own = policy.actsFor(user, unitId);
        Notice lock = own ? lockOf(sheet) : null;
        ClusterYear year = names.year(sheet.getRound());
        return new UnitResultsView(
                sheet,
                year.summary(),
                names.units(year, java.util.Set.of(unitId)).get(unitId),
                rows,
                own && lock == null && !rows.isEmpty(),
                lock);
    }

    /**
     * Saves what the unit's officer entered, all or nothing: every figure is checked against its target's rules, and
     * a result changed by someone else since the form was loaded is a conflict. Each change goes to the audit trail.
     */
    @Transactional
    public void save(long sheetId, Collection<ResultEntry> entries) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = visibleSheet(user, sheetId);
        long termId = sheet.getRound().getClusterYearId();
        long unitId = sheet.getUnitId();
        if (!policy.actsFor(user, unitId)) {
            throw new AccessDeniedException("only the unit's own officers enter its results");
        }
        names.requireYearOpen(sheet.getRound());
        Notice lock = lockOf(sheet);
        if (lock != null) {
            throw lock.date() == null
                    ? new ScoringException(lock.key())
                    : new ScoringException(lock.key(), DisplayFormat.DATE.format(lock.date()));
        }
        Map<Long, CommittedTarget> targets = pledges.committedTargets(termId, unitId).stream()
                .collect(Collectors.toMap(CommittedTarget::targetId, Function.identity()));
        if (targets.isEmpty()) {
            throw new ScoringException("scoring.results.noPledge");
        }
        Map<Long, AnnualResult> entered = byTarget(results.findByTermAndUnit(termId, unitId));
        Instant now = clock.instant();
        Map<AnnualResult, Map<String, Object>> changed = new LinkedHashMap<>();
        for (ResultEntry entry : entries) {
            CommittedTarget target = targets.get(entry.targetId());
            if (target == null) {
                throw new NotFoundException("pledgeTarget");
            }
            AnnualResult result = entered.get(target.targetId());
            Versions.require(entry.expectedVersion(), result == null ? null : result.getVersion());
            ResultRules.check(target.targetId(), target.name(), entry.value());
            Map<String, Object> before = result == null ? null : result.auditState();
            if (result == null) {
                if (entry.value() == null
                        && (entry.note() == null || entry.note().isBlank())) {
                    continue;
                }
                result = new AnnualResult(termId, unitId, target.targetId());
            }
            if (result.record(entry.value(), entry.note(), user.getUsername(), now)) {
                results.save(result);
                changed.put(result, before);
            }
        }
        try {
            results.flush();
        } catch (DataIntegrityViolationException e) {
            // Someone else entered the same target's first result at the same moment.
            throw new ObjectOptimisticLockingFailureException(AnnualResult.class, sheetId);
        }
        Map<Long, String> names =
                targets.values().stream().collect(Collectors.toMap(CommittedTarget::targetId, CommittedTarget::name));
        changed.forEach((result, before) -> audit.record(AuditEntry.of(
                        sheet.getRound().getTable().getOrganizerId(),
                        before == null
                                ? ScoringAuditAction.ANNUAL_RESULT_ENTERED.code()
                                : ScoringAuditAction.ANNUAL_RESULT_CHANGED.code(),
                        ENTITY,
                        result.getId(),
                        summary(sheet, names.get(result.getPledgeTargetId())))
                .withValues(before, result.auditState())));
    }

    /**
     * The results of every unit of a round's cluster-year in one table, for the units whose sheet the signed-in person
     * may see (see {@link ScoringAccess#canSee(CurrentUser, ScoreSheet)}): all for provincial staff, the submitted ones for the head, one's own
     * for a member until the round is final. Read in a fixed number of queries whatever the number of units.
     */
    @Transactional(readOnly = true)
    public ClusterResultsView ofRound(long roundId) {
        CurrentUser user = CurrentUsers.require();
        ScoringRound round = rounds.findFull(roundId).orElseThrow(() -> new NotFoundException("round"));
        long termId = round.getClusterYearId();
        if (user.organizerId() != round.getTable().getOrganizerId()) {
            throw new NotFoundException("round");
        }
        boolean member = access.readsRound(user, round);
        if (!member) {
            throw new NotFoundException("round");
        }
        boolean head = policy.isHeadOf(user, termId);
        ClusterYear year = names.year(round);
        List<ScoreSheet> roundSheets = sheets.findByRound(roundId);
        Map<Long, UnitName> units = names.units(
                year, roundSheets.stream().map(ScoreSheet::getUnitId).collect(java.util.stream.Collectors.toSet()));
        List<UnitName> shown = new ArrayList<>();
        List<UnitName> notShown = new ArrayList<>();
        for (ScoreSheet sheet : roundSheets) {
            (access.canSee(user, sheet, () -> head, () -> true) ? shown : notShown).add(units.get(sheet.getUnitId()));
        }
        shown.sort(java.util.Comparator.comparing(UnitName::code));
        notShown.sort(java.util.Comparator.comparing(UnitName::code));
        Map<Long, List<CommittedTarget>> committed = pledges.committedTargetsOfMembers(termId);
        List<CommittedTarget> targets = committed.values().stream().findFirst().orElse(List.of()).stream()
                .sorted(DOCUMENT_ORDER)
                .toList();
        Map<Long, Map<Long, AnnualResult>> entered = new HashMap<>();
        results.findByTerm(termId)
                .forEach(r -> entered.computeIfAbsent(r.getUnitId(), k -> new HashMap<>())
                        .put(r.getPledgeTargetId(), r));
        Map<Long, Map<Long, ClusterResultsView.Cell>> cells = new HashMap<>();
        for (UnitName unit : shown) {
            Map<Long, ClusterResultsView.Cell> row = new HashMap<>();
            for (CommittedTarget target : committed.getOrDefault(unit.id(), List.of())) {
                AnnualResult result = entered.getOrDefault(unit.id(), Map.of()).get(target.targetId());
                row.put(
                        target.targetId(),
                        new ClusterResultsView.Cell(
                                target.value(),
                                result == null ? null : result.getValue(),
                                result == null ? null : result.getNote(),
                                result == null
                                        ? null
                                        : ResultRules.percentOfTarget(result.getValue(), target.value())
                                                .orElse(null)));
            }
            cells.put(unit.id(), row);
        }
        return new ClusterResultsView(round, year.summary(), targets, shown, cells, notShown);
    }

    /**
     * The unit's results for the pledge targets that the sheet's figure criteria measure, by criterion id: what
     * prefills those lines of its draft. Costs nothing when no criterion of the table is linked to a target.
     */
    Map<Long, LinkedResult> linkedResults(ScoreSheet sheet, CriteriaTree tree) {
        List<CriterionNode> linked = tree.criteria().stream()
                .filter(node -> node.getPledgeTarget() != null)
                .toList();
        if (linked.isEmpty()) {
            return Map.of();
        }
        long termId = sheet.getRound().getClusterYearId();
        long unitId = sheet.getUnitId();
        List<CommittedTarget> targets = pledges.committedTargets(termId, unitId);
        if (targets.isEmpty()) {
            return Map.of();
        }
        Map<Long, AnnualResult> entered = byTarget(results.findByTermAndUnit(termId, unitId));
        Map<Long, LinkedResult> byCriterion = new HashMap<>();
        for (CriterionNode node : linked) {
            targets.stream()
                    .filter(target -> node.measures(target.name()))
                    .findFirst()
                    .ifPresent(target -> {
                        AnnualResult result = entered.get(target.targetId());
                        if (result != null && result.getValue() != null) {
                            byCriterion.put(
                                    node.getId(),
                                    new LinkedResult(
                                            target.targetId(),
                                            target.name(),
                                            target.unitOfMeasure(),
                                            result.getValue(),
                                            target.value(),
                                            ResultRules.percentOfTarget(result.getValue(), target.value())
                                                    .orElse(null)));
                        }
                    });
        }
        return byCriterion;
    }

    /** Why the unit may not change its results now, or {@code null}: the same rule as its sheet's. */
    private Notice lockOf(ScoreSheet sheet) {
        ScoringRound round = sheet.getRound();
        LocalDate today = BusinessTime.today(clock);
        if (names.year(round).isReadOnly()) {
            return Notice.of("scoring.round.termClosed");
        }
        if (sheet.isNotSubmitted()) {
            return Notice.of("scoring.round.notSelfScoring");
        }
        if (sheet.getStatus() != SheetStatus.DRAFT) {
            return Notice.of("scoring.results.locked");
        }
        if (round.getStatus() != RoundStatus.SELF_SCORING) {
            return Notice.of("scoring.round.notSelfScoring");
        }
        if (round.selfScoringDeadlinePassed(today)) {
            return new Notice("scoring.round.selfScoringDeadlinePassed", round.getSelfScoringDeadline());
        }
        return null;
    }

    private ScoreSheet visibleSheet(CurrentUser user, long sheetId) {
        ScoreSheet sheet = sheets.findFull(sheetId).orElseThrow(() -> new NotFoundException("sheet"));
        long termId = sheet.getRound().getClusterYearId();
        if (!access.canSee(user, sheet)) {
            throw new NotFoundException("sheet");
        }
        return sheet;
    }

    /** The audit summary, cut to what the trail keeps: target names may be long. */
    private String summary(ScoreSheet sheet, String targetName) {
        String summary = names.summary(sheet) + " · " + targetName;
        return summary.length() <= 500 ? summary : summary.substring(0, 499) + "…";
    }

    private static Map<Long, AnnualResult> byTarget(List<AnnualResult> list) {
        return list.stream().collect(Collectors.toMap(AnnualResult::getPledgeTargetId, Function.identity()));
    }
}
