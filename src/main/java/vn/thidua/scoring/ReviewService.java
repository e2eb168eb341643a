package vn.thidua.scoring;

import static vn.thidua.scoring.ScoringRecords.SHEET;
import static vn.thidua.scoring.ScoringRecords.organizerOf;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;

/**
 * The review of a submitted sheet: the reviewer (the cluster's head, or an administrator) adjusts lines with reasons,
 * the unit explains once or declines to, and the reviewer finalises.
 */
@Service
public class ReviewService {

    private final ScoringNames names;
    private final ScoringSupport support;
    private final AuditTrail audit;
    private final ScoringNotifications notify;
    private final Clock clock;

    ReviewService(
            ScoringNames names, ScoringSupport support, AuditTrail audit, ScoringNotifications notify, Clock clock) {
        this.names = names;
        this.support = support;
        this.audit = audit;
        this.notify = notify;
        this.clock = clock;
    }

    @Transactional
    public void review(long sheetId, long expectedVersion, Map<String, ScoreSheet.Decision> decisions) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.sheetForReviewer(user, sheetId, expectedVersion);
        Map<String, Object> before = sheet.scoreState(ScoreLine::getSelfScore);
        sheet.review(decisions, user.getUsername(), clock.instant(), support.today());
        support.bump(sheet);
        for (ScoreLine line : sheet.getLines()) {
            if (line.isAdjusted()) {
                audit.record(AuditEntry.of(
                                organizerOf(sheet),
                                ScoringAuditAction.SCORE_ADJUSTED.code(),
                                SHEET,
                                sheet.getId(),
                                names.summary(sheet) + " · " + line.getNode().getCode())
                        .withValues(
                                Map.of(
                                        line.getNode().getCode(),
                                        String.valueOf(before.get(line.getNode().getCode()))),
                                Map.of(line.getNode().getCode(), line.getReviewScore()))
                        .withReason(line.getReviewReason()));
            }
        }
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_SHEET_REVIEWED.code(),
                        SHEET,
                        sheet.getId(),
                        names.summary(sheet))
                .withValues(Map.of("status", SheetStatus.SUBMITTED), Map.of("status", sheet.getStatus())));
        notify.adjusted(
                sheet, sheet.getLines().stream().filter(ScoreLine::isAdjusted).toList());
    }

    @Transactional
    public void explain(long sheetId, long expectedVersion, Map<String, String> explanations) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.sheetForUnit(user, sheetId, expectedVersion);
        sheet.explain(explanations, user.getUsername(), clock.instant(), support.today());
        support.bump(sheet);
        Map<String, Object> given = new LinkedHashMap<>();
        sheet.getLines().stream()
                .filter(l -> l.getUnitExplanation() != null)
                .forEach(l -> given.put(l.getNode().getCode(), l.getUnitExplanation()));
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_SHEET_EXPLAINED.code(),
                        SHEET,
                        sheet.getId(),
                        names.summary(sheet))
                .withValues(null, given));
        notify.explained(sheet, false);
    }

    /** The unit declines to explain its adjusted lines, so that the reviewer may decide without waiting. */
    @Transactional
    public void declineExplanation(long sheetId, long expectedVersion, String reason) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.sheetForUnit(user, sheetId, expectedVersion);
        sheet.declineExplanation(reason, user.getUsername(), clock.instant(), support.today());
        support.bump(sheet);
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_EXPLANATION_DECLINED.code(),
                        SHEET,
                        sheet.getId(),
                        names.summary(sheet))
                .withValues(Map.of("status", SheetStatus.REVIEWED), Map.of("status", sheet.getStatus()))
                .withReason(reason));
        notify.explained(sheet, true);
    }

    @Transactional
    public void finalise(long sheetId, long expectedVersion, Map<String, ScoreSheet.Decision> decisions) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.sheetForReviewer(user, sheetId, expectedVersion);
        Map<String, Object> before = sheet.scoreState(ScoreLine::getReviewScore);
        sheet.finalise(decisions, names.unit(sheet).name(), user.getUsername(), clock.instant(), support.today());
        support.bump(sheet);
        for (ScoreLine line : sheet.getLines()) {
            if (line.getFinalReason() != null) {
                audit.record(AuditEntry.of(
                                organizerOf(sheet),
                                ScoringAuditAction.SCORE_ADJUSTED.code(),
                                SHEET,
                                sheet.getId(),
                                names.summary(sheet) + " · " + line.getNode().getCode())
                        .withValues(
                                Map.of(
                                        line.getNode().getCode(),
                                        String.valueOf(before.get(line.getNode().getCode()))),
                                Map.of(line.getNode().getCode(), line.getFinalScore()))
                        .withReason(line.getFinalReason()));
            }
        }
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_SHEET_FINALISED.code(),
                        SHEET,
                        sheet.getId(),
                        names.summary(sheet))
                .withValues(null, sheet.scoreState(ScoreLine::getFinalScore)));
        notify.finalised(sheet);
    }
}
