package vn.thidua.scoring;

import static vn.thidua.scoring.ScoringRecords.ROUND;
import static vn.thidua.scoring.ScoringRecords.summary;

import java.math.BigDecimal;
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
import vn.thidua.common.Versions;
import vn.thidua.organization.ClusterMember;
import vn.thidua.organization.ClusterTerm;
import vn.thidua.organization.ClusterYearMilestone;
import vn.thidua.organization.ClusterYearMilestone.Milestone;

/** Scoring rounds, for administrators: opening a cluster-year's round and moving it on (review, then final results). */
@Service
public class RoundService {

    private final ScoringRoundRepository rounds;
    private final ScoreSheetRepository sheets;
    private final CriteriaTableRepository tables;
    private final CriterionNodeRepository nodes;
    private final ClusterTerms clusterTerms;
    private final ScoringSupport support;
    private final RoundSheets roundSheets;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ScoringNotifications notify;
    private final AccessPolicy policy;

    RoundService(
            ScoringRoundRepository rounds,
            ScoreSheetRepository sheets,
            CriteriaTableRepository tables,
            CriterionNodeRepository nodes,
            ClusterTerms clusterTerms,
            ScoringSupport support,
            RoundSheets roundSheets,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events,
            ScoringNotifications notify,
            AccessPolicy policy) {
        this.rounds = rounds;
        this.sheets = sheets;
        this.tables = tables;
        this.nodes = nodes;
        this.clusterTerms = clusterTerms;
        this.support = support;
        this.roundSheets = roundSheets;
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
        ClusterTerm term = clusterTerms.withMembers(termId);
        requireOwnOrganizer(user, term);
        if (term.getStatus().isReadOnly()) {
            throw new ScoringException("scoring.round.termClosed");
        }
        if (rounds.findByTerm(termId).isPresent()) {
            throw new ScoringException("scoring.round.exists");
        }
        CriteriaTable table = tables.findForCluster(term.getCluster().getId(), term.getYear())
                .orElseThrow(() -> new ScoringException(
                        "scoring.round.noTable", term.getCluster().getName(), term.getYear()));
        CriteriaTree tree = new CriteriaTree(table, nodes.findByTable(table.getId()));
        List<CriteriaTree.Problem> problems = tree.problems();
        if (!problems.isEmpty()) {
            throw new ScoringException("scoring.round.tableInconsistent", table.getName(), problems.size());
        }
        table.putInUse();
        ScoringRound round = new ScoringRound(term, table);
        round.setDeadlines(selfScoringDeadline, reviewDeadline, explanationDeadline);
        round.setNonSubmitterRule(nonSubmitterRule);
        Instant now = clock.instant();
        round.moveTo(RoundStatus.SELF_SCORING, user.getUsername(), now, reason);
        rounds.saveAndFlush(round);
        for (ClusterMember member : term.getMembers()) {
            if (!member.getUnit().isRetired()) {
                sheets.save(new ScoreSheet(round, member.getUnit(), tree.criteria(), now));
            }
        }
        sheets.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.SCORING_OPENED.code(),
                        ROUND,
                        round.getId(),
                        term.getCluster().getName() + " " + term.getYear())
                .withValues(null, round.auditState())
                .withReason(reason));
        events.publishEvent(new ClusterYearMilestone(termId, Milestone.SCORING_OPENED, reason));
        notify.opened(round);
        return round;
    }

    /**
     * Moves a round on. Into review: self-scoring closes and figures are rescored with the cluster's best. Into
     * finalised: every submitted sheet must be final.
     */
    @Transactional
    public void advance(long roundId, long expectedVersion, RoundStatus next, String reason) {
        CurrentUser user = policy.requireAdmin();
        ScoringRound round = support.ownRound(user, roundId);
        Versions.require(expectedVersion, round.getVersion());
        Map<String, Object> before = round.auditState();
        Instant now = clock.instant();
        // The lines come without their criteria: reading the table's criteria first lets them find them here.
        nodes.findByTable(round.getTable().getId());
        List<ScoreSheet> sheetsOfRound = sheets.findByRoundWithLines(roundId);
        if (next == RoundStatus.REVIEW) {
            Map<String, BigDecimal> best = support.bestRatios(roundId, -1L);
            roundSheets.rescoreFigures(round, sheetsOfRound, best, now);
            roundSheets.closeUnsubmitted(round, sheetsOfRound, user, now);
        }
        if (next == RoundStatus.FINALISED) {
            List<String> pending = sheetsOfRound.stream()
                    .filter(s -> s.isSubmittedOrLater() && s.getStatus() != SheetStatus.FINAL)
                    .map(s -> s.getUnit().getShortName())
                    .sorted()
                    .toList();
            if (!pending.isEmpty()) {
                throw new ScoringException("scoring.round.sheetsPending", String.join(", ", pending));
            }
        }
        round.moveTo(next, user.getUsername(), now, reason);
        rounds.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(), ScoringAuditAction.movedTo(next).code(), ROUND, roundId, summary(round))
                .withValues(before, round.auditState())
                .withReason(reason));
        if (next == RoundStatus.FINALISED) {
            events.publishEvent(new ClusterYearMilestone(round.getTerm().getId(), Milestone.RESULTS_PUBLISHED, reason));
            notify.published(round);
        }
    }

    private static void requireOwnOrganizer(CurrentUser user, ClusterTerm term) {
        if (!term.getCluster().getOrganizerId().equals(user.organizerId())) {
            throw new NotFoundException("term");
        }
    }
}
