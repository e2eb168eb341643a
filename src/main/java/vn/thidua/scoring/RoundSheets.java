package vn.thidua.scoring;

import static vn.thidua.scoring.ScoringRecords.SHEET;
import static vn.thidua.scoring.ScoringRecords.changedOnly;
import static vn.thidua.scoring.ScoringRecords.organizerOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.access.CurrentUser;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;

/**
 * What happens to a round's sheets as the round moves on: their figures are rescored with the cluster's best, and the
 * drafts left when self-scoring closes say that they were never submitted. Each change is audited.
 */
@Component
class RoundSheets {

    private final ScoringNames names;
    private final AuditTrail audit;

    RoundSheets(ScoringNames names, AuditTrail audit) {
        this.names = names;
        this.audit = audit;
    }

    /** Rescores the figures of every submitted sheet not yet final with the cluster's best; each change is audited. */
    void rescoreFigures(ScoringRound round, List<ScoreSheet> roundSheets, Map<String, BigDecimal> best, Instant now) {
        String summary = names.summary(round);
        Map<Long, UnitName> units = names.units(round, roundSheets);
        for (ScoreSheet sheet : roundSheets) {
            if (sheet.isSubmittedOrLater() && sheet.getStatus() != SheetStatus.FINAL) {
                Map<String, Object> scoresBefore = sheet.scoreState(ScoreLine::getSelfScore);
                sheet.rescoreFigures(best::get, now);
                Map<String, Object> scoresAfter = sheet.scoreState(ScoreLine::getSelfScore);
                if (!scoresBefore.equals(scoresAfter)) {
                    audit.record(AuditEntry.of(
                                    organizerOf(sheet),
                                    ScoringAuditAction.SCORE_FIGURES_RESCORED.code(),
                                    SHEET,
                                    sheet.getId(),
                                    units.get(sheet.getUnitId()).name() + " · " + summary)
                            .withValues(
                                    changedOnly(scoresBefore, scoresAfter), changedOnly(scoresAfter, scoresBefore)));
                }
            }
        }
    }

    /** Units that never submitted do not vanish: their sheets say so, and the round's rule ranks them. */
    void closeUnsubmitted(ScoringRound round, List<ScoreSheet> roundSheets, CurrentUser user, Instant now) {
        String summary = names.summary(round);
        Map<Long, UnitName> units = names.units(round, roundSheets);
        for (ScoreSheet sheet : roundSheets) {
            if (sheet.getStatus() == SheetStatus.DRAFT) {
                sheet.closeUnsubmitted(user.getUsername(), now);
                audit.record(AuditEntry.of(
                                user.organizerId(),
                                ScoringAuditAction.SCORE_SHEET_NOT_SUBMITTED.code(),
                                SHEET,
                                sheet.getId(),
                                units.get(sheet.getUnitId()).name() + " · " + summary)
                        .withValues(Map.of("status", SheetStatus.DRAFT), Map.of("status", SheetStatus.NOT_SUBMITTED)));
            }
        }
    }
}
