package vn.thidua.scoring;

import static vn.thidua.scoring.ScoringRecords.ROUND;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Versions;

/** A round's deadlines and its rule for non-submitters, and the reminder to the units still drafting. */
@Service
public class RoundDeadlines {

    private final ScoringNames names;
    private final ScoringRoundRepository rounds;
    private final ScoreSheetRepository sheets;
    private final ScoringSupport support;
    private final AuditTrail audit;
    private final ScoringNotifications notify;
    private final AccessPolicy policy;

    RoundDeadlines(
            ScoringNames names,
            ScoringRoundRepository rounds,
            ScoreSheetRepository sheets,
            ScoringSupport support,
            AuditTrail audit,
            ScoringNotifications notify,
            AccessPolicy policy) {
        this.names = names;
        this.rounds = rounds;
        this.sheets = sheets;
        this.support = support;
        this.audit = audit;
        this.notify = notify;
        this.policy = policy;
    }

    @Transactional
    public void changeDeadlines(long roundId, long expectedVersion, LocalDate selfScoring, LocalDate review) {
        CurrentUser user = policy.requireAdmin();
        ScoringRound round = support.ownRound(user, roundId);
        changeDeadlines(
                roundId,
                expectedVersion,
                selfScoring,
                review,
                round.getExplanationDeadline(),
                round.getNonSubmitterRule());
    }

    /** The deadlines with the explanation window, and the rule for units that never submit (until self-scoring closes). */
    @Transactional
    public void changeDeadlines(
            long roundId,
            long expectedVersion,
            LocalDate selfScoring,
            LocalDate review,
            LocalDate explanation,
            NonSubmitterRule nonSubmitterRule) {
        CurrentUser user = policy.requireAdmin();
        ScoringRound round = support.ownRound(user, roundId);
        Versions.require(expectedVersion, round.getVersion());
        Map<String, Object> before = round.auditState();
        LocalDate previousSelfScoring = round.getSelfScoringDeadline();
        round.setDeadlines(selfScoring, review, explanation);
        if (nonSubmitterRule != null && nonSubmitterRule != round.getNonSubmitterRule()) {
            round.setNonSubmitterRule(nonSubmitterRule);
        }
        rounds.flush();
        if (selfScoring != null && (previousSelfScoring == null || selfScoring.isAfter(previousSelfScoring))) {
            rounds.clearClosingReminder(roundId);
        }
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.SCORING_DEADLINES_CHANGED.code(),
                        ROUND,
                        roundId,
                        names.summary(round))
                .withValues(before, round.auditState()));
    }

    /** Reminds the units whose sheets are still drafts that self-scoring closes soon; returns how many people were told. */
    @Transactional
    public int remindSelfScoring(long roundId) {
        CurrentUser user = policy.requireAdmin();
        ScoringRound round = support.ownRound(user, roundId);
        if (round.getStatus() != RoundStatus.SELF_SCORING) {
            throw new ScoringException("scoring.round.notSelfScoring");
        }
        List<Long> drafts = sheets.findDraftUnitIds(roundId);
        if (drafts.isEmpty()) {
            throw new ScoringException("scoring.rounds.remind.nobody");
        }
        return notify.closingSoon(round, drafts);
    }
}
