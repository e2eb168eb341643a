package vn.thidua.scoring;

import static vn.thidua.scoring.ScoringRecords.ROUND;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYearMilestone;
import vn.thidua.organization.ClusterYearMilestone.Milestone;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/**
 * Opens a cluster-year's scoring round, for administrators: the table that applies is checked and locked, every
 * active member unit gets its draft sheet, and the year moves on.
 */
@Service
public class RoundOpening {

    private final ScoringRoundRepository rounds;
    private final ScoreSheetRepository sheets;
    private final CriteriaTableRepository tables;
    private final CriterionNodeRepository nodes;
    private final ClusterYears clusterYears;
    private final Units units;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ScoringNotifications notify;
    private final AccessPolicy policy;

    RoundOpening(
            ScoringRoundRepository rounds,
            ScoreSheetRepository sheets,
            CriteriaTableRepository tables,
            CriterionNodeRepository nodes,
            ClusterYears clusterYears,
            Units units,
            EntityManager entityManager,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events,
            ScoringNotifications notify,
            AccessPolicy policy) {
        this.rounds = rounds;
        this.sheets = sheets;
        this.tables = tables;
        this.nodes = nodes;
        this.clusterYears = clusterYears;
        this.units = units;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.notify = notify;
        this.policy = policy;
    }

    /**
     * Opens self-scoring of a cluster-year with the table that applies to its cluster that year: the table is
     * checked and locked, every member gets a draft sheet, and the year moves on to its scoring step (through the
     * steps before it, which also stops changes to its members) unless it is there or further on already.
     */
    @Transactional
    public ScoringRound open(long termId, LocalDate selfScoringDeadline, LocalDate reviewDeadline, String reason) {
        return open(termId, selfScoringDeadline, reviewDeadline, null, NonSubmitterRule.RANK_LAST, reason);
    }

    /** {@link #open(long, LocalDate, LocalDate, String)} with the explanation window and the rule for non-submitters. */
    @Transactional
    public ScoringRound open(
            long termId,
            LocalDate selfScoringDeadline,
            LocalDate reviewDeadline,
            LocalDate explanationDeadline,
            NonSubmitterRule nonSubmitterRule,
            String reason) {
        CurrentUser user = policy.requireAdmin();
        ClusterYear term = clusterYears
                .find(termId)
                .filter(found -> found.organizerId() == user.organizerId())
                .orElseThrow(() -> new NotFoundException("term"));
        if (term.isReadOnly()) {
            throw new ScoringException("scoring.round.termClosed");
        }
        if (rounds.findByTerm(termId).isPresent()) {
            throw new ScoringException("scoring.round.exists");
        }
        CriteriaTable table = tables.findForCluster(term.summary().clusterId(), term.year())
                .orElseThrow(() -> new ScoringException("scoring.round.noTable", term.clusterName(), term.year()));
        CriteriaTree tree = new CriteriaTree(table, nodes.findByTable(table.getId()));
        List<CriteriaTree.Problem> problems = tree.problems();
        if (!problems.isEmpty()) {
            throw new ScoringException("scoring.round.tableInconsistent", table.getName(), problems.size());
        }
        table.putInUse();
        ScoringRound round = new ScoringRound(term.summary(), table);
        round.setDeadlines(selfScoringDeadline, reviewDeadline, explanationDeadline);
        round.setNonSubmitterRule(nonSubmitterRule);
        Instant now = clock.instant();
        round.moveTo(RoundStatus.SELF_SCORING, user.getUsername(), now, reason);
        rounds.saveAndFlush(round);
        // Every member unit still active gets its sheet.
        Map<Long, UnitSummary> memberUnits = units.byIds(
                term.members().stream().map(ClusterYearMember::unitId).toList());
        term.members().stream()
                .map(ClusterYearMember::unitId)
                .sorted()
                .filter(unitId -> memberUnits.containsKey(unitId)
                        && memberUnits.get(unitId).active())
                .forEach(unitId -> sheets.save(new ScoreSheet(round, unitId, tree.criteria(), now)));
        sheets.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.SCORING_OPENED.code(),
                        ROUND,
                        round.getId(),
                        term.clusterName() + " " + term.year())
                .withValues(null, round.auditState())
                .withReason(reason));
        events.publishEvent(new ClusterYearMilestone(termId, Milestone.SCORING_OPENED, reason));
        notify.opened(round);
        return round;
    }
}
