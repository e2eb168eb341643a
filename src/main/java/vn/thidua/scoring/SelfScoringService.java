package vn.thidua.scoring;

import static vn.thidua.scoring.ScoringRecords.SHEET;
import static vn.thidua.scoring.ScoringRecords.changedOnly;
import static vn.thidua.scoring.ScoringRecords.organizerOf;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;

/** The unit scores itself: saving its draft (with evidence) and submitting it. */
@Service
public class SelfScoringService {

    private final ScoringNames names;
    private final ScoringSupport support;
    private final EvidenceService evidence;
    private final EvidenceFileRepository evidenceFiles;
    private final RoundTargetService roundTargets;
    private final AuditTrail audit;
    private final ScoringNotifications notify;
    private final Clock clock;

    SelfScoringService(
            ScoringNames names,
            ScoringSupport support,
            EvidenceService evidence,
            EvidenceFileRepository evidenceFiles,
            RoundTargetService roundTargets,
            AuditTrail audit,
            ScoringNotifications notify,
            Clock clock) {
        this.names = names;
        this.support = support;
        this.evidence = evidence;
        this.evidenceFiles = evidenceFiles;
        this.roundTargets = roundTargets;
        this.audit = audit;
        this.notify = notify;
        this.clock = clock;
    }

    /**
     * Saves the unit's draft and attaches an evidence file to one of its criteria, all or nothing: a refused file
     * leaves the draft as it was, and scores that do not pass leave the file out.
     */
    @Transactional
    public EvidenceInfo saveDraftAndAttach(
            long sheetId,
            long expectedVersion,
            Map<String, ScoreSheet.SelfEntry> entries,
            long nodeId,
            String fileName,
            byte[] content) {
        saveDraft(sheetId, expectedVersion, entries);
        return evidence.attachEvidence(sheetId, nodeId, fileName, content);
    }

    /** Saves the unit's draft: anything entered so far, checked line by line against its criterion. */
    @Transactional
    public void saveDraft(long sheetId, long expectedVersion, Map<String, ScoreSheet.SelfEntry> entries) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.sheetForUnit(user, sheetId, expectedVersion);
        fill(sheet, entries);
        support.bump(sheet);
    }

    /** Submits the sheet as it stands. */
    @Transactional
    public void submit(long sheetId, long expectedVersion) {
        saveAndSubmit(sheetId, expectedVersion, Map.of());
    }

    /** Saves what the unit entered last and submits the sheet, in one step. */
    @Transactional
    public void saveAndSubmit(long sheetId, long expectedVersion, Map<String, ScoreSheet.SelfEntry> entries) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.sheetForUnit(user, sheetId, expectedVersion);
        if (!entries.isEmpty()) {
            fill(sheet, entries);
        }
        java.util.Set<Long> withFiles = evidenceFiles.findInfoBySheet(sheet.getId()).stream()
                .map(EvidenceInfo::nodeId)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> keys = sheet.getLines().stream()
                .filter(l -> withFiles.contains(l.getNode().getId()))
                .map(l -> l.getNode().key())
                .collect(java.util.stream.Collectors.toSet());
        sheet.submit(user.getUsername(), support.today(), clock.instant(), keys);
        support.bump(sheet);
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_SHEET_SUBMITTED.code(),
                        SHEET,
                        sheet.getId(),
                        names.summary(sheet))
                .withValues(Map.of("status", SheetStatus.DRAFT), Map.of("status", sheet.getStatus())));
        notify.submitted(sheet);
    }

    private void fill(ScoreSheet sheet, Map<String, ScoreSheet.SelfEntry> entries) {
        Map<String, Object> before = sheet.scoreState(ScoreLine::getSelfScore);
        // Figures are scored against the unit's set target and the best of the sheets other units submitted so far
        // (this unit's own counts when higher).
        Map<String, BigDecimal> best = support.bestRatios(sheet.getRound().getId(), sheet.getId());
        CriteriaTree tree = support.tree(sheet.getRound());
        Map<String, BigDecimal> targets = roundTargets.targetsOf(sheet, tree);
        sheet.fillSelf(entries, targets::get, best::get, support.today(), clock.instant());
        Map<String, Object> after = sheet.scoreState(ScoreLine::getSelfScore);
        if (!before.equals(after)) {
            audit.record(AuditEntry.of(
                            organizerOf(sheet),
                            ScoringAuditAction.SCORE_SELF_SAVED.code(),
                            SHEET,
                            sheet.getId(),
                            names.summary(sheet))
                    .withValues(changedOnly(before, after), changedOnly(after, before)));
        }
    }
}
