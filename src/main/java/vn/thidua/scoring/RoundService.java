package vn.thidua.scoring;

import static vn.thidua.scoring.ScoringRecords.ROUND;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Versions;
import vn.thidua.organization.ClusterYearMilestone;
import vn.thidua.organization.ClusterYearMilestone.Milestone;

/** Scoring rounds, for administrators: moving a round on (review, then final results); {@link RoundOpening} opens it. */
@Service
public class RoundService {

    private final ScoringNames names;
    private final ScoringRoundRepository rounds;
    private final ScoreSheetRepository sheets;
    private final CriterionNodeRepository nodes;
    private final ScoringSupport support;
    private final RoundSheets roundSheets;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ScoringNotifications notify;
    private final AccessPolicy policy;

    RoundService(
            ScoringNames names,
            ScoringRoundRepository rounds,
            ScoreSheetRepository sheets,
            CriterionNodeRepository nodes,
            ScoringSupport support,
            RoundSheets roundSheets,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events,
            ScoringNotifications notify,
            AccessPolicy policy) {
        this.names = names;
        this.rounds = rounds;
        this.sheets = sheets;
        this.nodes = nodes;
        this.support = support;
        this.roundSheets = roundSheets;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.notify = notify;
        this.policy = policy;
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
            Map<Long, UnitName> units = names.units(round, sheetsOfRound);
            List<String> pending = sheetsOfRound.stream()
                    .filter(s -> s.isSubmittedOrLater() && s.getStatus() != SheetStatus.FINAL)
                    .map(s -> units.get(s.getUnitId()).displayName())
                    .sorted()
                    .toList();
            if (!pending.isEmpty()) {
                throw new ScoringException("scoring.round.sheetsPending", String.join(", ", pending));
            }
        }
        round.moveTo(next, user.getUsername(), now, reason);
        rounds.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.movedTo(next).code(),
                        ROUND,
                        roundId,
                        names.summary(round))
                .withValues(before, round.auditState())
                .withReason(reason));
        if (next == RoundStatus.FINALISED) {
            events.publishEvent(
                    new ClusterYearMilestone(round.getClusterYearId(), Milestone.RESULTS_PUBLISHED, reason));
            notify.published(round);
        }
    }
}
