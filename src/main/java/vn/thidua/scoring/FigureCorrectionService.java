package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.BusinessTime;

/**
 * The reviewer corrects a figure a unit reported (the achieved value or its target), with a reason: a wrong figure
 * bends every other unit's points through the cluster's best, so the cluster's figures are rescored at once. Who may
 * correct: whoever reviews the sheet (the cluster's head, or an administrator for the head's own unit), during review,
 * before the sheet is final.
 */
@Service
public class FigureCorrectionService {

    private final ScoringNames names;
    private final ScoringSupport support;
    private final RoundSheets rescoring;
    private final ScoreSheetRepository sheets;
    private final CriterionNodeRepository nodes;
    private final AuditTrail audit;
    private final ScoringNotifications notify;
    private final Clock clock;

    FigureCorrectionService(
            ScoringNames names,
            ScoringSupport support,
            RoundSheets rescoring,
            ScoreSheetRepository sheets,
            CriterionNodeRepository nodes,
            AuditTrail audit,
            ScoringNotifications notify,
            Clock clock) {
        this.names = names;
        this.support = support;
        this.rescoring = rescoring;
        this.sheets = sheets;
        this.nodes = nodes;
        this.audit = audit;
        this.notify = notify;
        this.clock = clock;
    }

    /** Corrects the line's figure: {@code value} or {@code target} null keeps what the line holds. */
    @Transactional
    public void correct(
            long sheetId, long expectedVersion, String code, BigDecimal value, BigDecimal target, String reason) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.sheetForReviewer(user, sheetId, expectedVersion);
        ScoringRound round = sheet.getRound();
        ScoreLine line = sheet.line(code);
        Map<String, Object> before = figureState(line);
        // The lines of the other sheets find their criteria among those read here.
        nodes.findByTable(round.getTable().getId());
        List<ScoreSheet> roundSheets = sheets.findByRoundWithLines(round.getId());
        LocalDate today = BusinessTime.today(clock);
        if (value == null && target == null) {
            throw new ScoringException("scoring.correction.nothing", code);
        }
        sheet.correctFigure(
                code,
                value == null ? line.getSelfValue() : value,
                target == null ? line.getSelfTarget() : target,
                reason,
                bestOfSubmitted(roundSheets).get(line.getNode().key()),
                today,
                clock.instant());
        support.bump(sheet);
        String clean = reason.strip();
        audit.record(AuditEntry.of(
                        round.getTable().getOrganizerId(),
                        ScoringAuditAction.SCORE_FIGURE_CORRECTED.code(),
                        ScoringRecords.SHEET,
                        sheet.getId(),
                        names.summary(sheet) + " · " + line.getNode().getCode())
                .withValues(before, figureState(line))
                .withReason(clean));
        rescoring.rescoreFigures(round, roundSheets, bestOfSubmitted(roundSheets), clock.instant());
        sheets.flush();
        notify.corrected(sheet, line.getNode().getCode(), clean);
    }

    /** The best figure/target ratio of each figure criterion among the submitted sheets, as they stand in memory. */
    static Map<String, BigDecimal> bestOfSubmitted(List<ScoreSheet> roundSheets) {
        Map<String, BigDecimal> best = new HashMap<>();
        for (ScoreSheet sheet : roundSheets) {
            if (!sheet.isSubmittedOrLater()) {
                continue;
            }
            for (ScoreLine line : sheet.getLines()) {
                if (line.getNode().getKind() == CriterionKind.FIGURE_AGAINST_TARGET
                        && line.getSelfValue() != null
                        && line.getSelfTarget() != null
                        && line.getSelfTarget().signum() > 0) {
                    best.merge(
                            line.getNode().key(),
                            CriterionRule.ratio(line.getSelfValue(), line.getSelfTarget()),
                            BigDecimal::max);
                }
            }
        }
        return best;
    }

    private static Map<String, Object> figureState(ScoreLine line) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("value", line.getSelfValue());
        state.put("target", line.getSelfTarget());
        state.put("score", line.getSelfScore());
        return state;
    }
}
