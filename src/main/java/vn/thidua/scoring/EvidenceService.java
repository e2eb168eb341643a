package vn.thidua.scoring;

import static vn.thidua.scoring.ScoringRecords.SHEET;
import static vn.thidua.scoring.ScoringRecords.organizerOf;

import java.time.Clock;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.NotFoundException;

/** Evidence files of a sheet's lines: the unit attaches and removes them on its draft; whoever sees the sheet downloads them. */
@Service
public class EvidenceService {

    private final ScoringNames names;
    private final ScoringSupport support;
    private final EvidenceFileRepository evidenceFiles;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceService(
            ScoringNames names,
            ScoringSupport support,
            EvidenceFileRepository evidenceFiles,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.names = names;
        this.support = support;
        this.evidenceFiles = evidenceFiles;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Attaches a file to a line of the unit's draft, once its content proves it a document or an image. */
    @Transactional
    public EvidenceInfo attachEvidence(long sheetId, long nodeId, String fileName, byte[] content) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.visibleSheet(user, sheetId);
        if (!policy.actsFor(user, sheet.getUnitId())) {
            throw new AccessDeniedException("only the unit's own officers attach evidence");
        }
        names.requireYearOpen(sheet.getRound());
        sheet.requireDraftOpen(support.today());
        ScoreLine line = sheet.getLines().stream()
                .filter(l -> l.getNode().getId() == nodeId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("line"));
        if (content == null || content.length == 0) {
            throw new ScoringException("scoring.evidence.empty");
        }
        if (content.length > EvidenceType.MAX_BYTES) {
            throw new ScoringException("scoring.evidence.tooLarge", EvidenceType.MAX_BYTES / (1024 * 1024));
        }
        String cleaned = safeName(fileName);
        EvidenceType type = EvidenceType.detect(content, cleaned)
                .orElseThrow(
                        () -> new ScoringException("scoring.evidence.typeRefused", cleaned.isEmpty() ? "—" : cleaned));
        String name = cleaned.isEmpty() ? "minh-chung." + type.extensions().get(0) : cleaned;
        if (!type.matchesName(name)) {
            throw new ScoringException(
                    "scoring.evidence.nameMismatch",
                    name,
                    type.extensions().stream().map(e -> "." + e).collect(java.util.stream.Collectors.joining(", ")));
        }
        EvidenceFile file = evidenceFiles.saveAndFlush(
                new EvidenceFile(line, name, type, content, user.getUsername(), clock.instant()));
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_EVIDENCE_ADDED.code(),
                        SHEET,
                        sheet.getId(),
                        names.summary(sheet) + " · " + line.getNode().getCode())
                .withValues(
                        null,
                        Map.of(
                                "criterion",
                                line.getNode().getCode(),
                                "file",
                                name,
                                "bytes",
                                content.length,
                                "type",
                                type.contentType())));
        return new EvidenceInfo(
                file.getId(), nodeId, name, type.contentType(), content.length, user.getUsername(), clock.instant());
    }

    @Transactional
    public void removeEvidence(long sheetId, long evidenceId) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.visibleSheet(user, sheetId);
        if (!policy.actsFor(user, sheet.getUnitId())) {
            throw new AccessDeniedException("only the unit's own officers remove evidence");
        }
        names.requireYearOpen(sheet.getRound());
        sheet.requireDraftOpen(support.today());
        EvidenceFile file =
                evidenceFiles.findInSheet(evidenceId, sheetId).orElseThrow(() -> new NotFoundException("evidence"));
        evidenceFiles.delete(file);
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_EVIDENCE_REMOVED.code(),
                        SHEET,
                        sheet.getId(),
                        names.summary(sheet))
                .withValues(Map.of("file", file.getFileName(), "bytes", file.getSizeBytes()), null));
    }

    /** An evidence file for download, to whoever may see the sheet. */
    @Transactional(readOnly = true)
    public EvidenceFile evidence(long sheetId, long evidenceId) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.visibleSheet(user, sheetId);
        return evidenceFiles.findInSheet(evidenceId, sheetId).orElseThrow(() -> new NotFoundException("evidence"));
    }

    /**
     * The name without its folders, quotes, control characters and invisible format characters (among them the
     * bidirectional overrides, such as U+202E, that make a name ending in {@code .exe} display as one ending in
     * {@code .jpg}); empty when nothing is left.
     */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = UNSAFE_IN_NAME
                .matcher(name.substring(name.lastIndexOf('/') + 1))
                .replaceAll("")
                .strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** Control (Cc) and format (Cf) characters, line and paragraph separators, and quotes. */
    private static final java.util.regex.Pattern UNSAFE_IN_NAME =
            java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"]");
}
