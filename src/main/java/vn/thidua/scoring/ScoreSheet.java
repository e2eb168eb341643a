package vn.thidua.scoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.TextInput;

/**
 * A unit's score sheet in a round: draft → submitted → reviewed → explained once, or explanation declined, or the
 * explanation window over → final; a draft left when self-scoring closes is not submitted. Every rule of who may
 * change what, and when, lives here; the service adds the scope checks and the audit trail.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet {

    /**
     * What a unit enters for one criterion: the value (points, occurrences, 1/0, or a figure) and a note. A figure's
     * target is not the unit's to enter: it comes from the pledge or the round.
     */
    public record SelfEntry(BigDecimal value, String note) {}

    /** A reviewer's decision on one line: a score ({@code null} keeps the current one) and the reason for a change. */
    public record Decision(BigDecimal score, String reason) {}

    /** Longest reason kept (a status change's, a correction's in the audit trail). */
    static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private ScoringRound round;

    /** The unit scored: organisation's, kept by id. */
    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SheetStatus status = SheetStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ScoreLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<SheetStatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected ScoreSheet() {}

    public ScoreSheet(ScoringRound round, long unitId, Collection<CriterionNode> criteria, Instant now) {
        this.round = round;
        this.unitId = unitId;
        this.updatedAt = now;
        for (CriterionNode criterion : criteria) {
            lines.add(new ScoreLine(this, criterion));
        }
    }

    /**
     * Saves what the unit entered, line by line, while the sheet is a draft and self-scoring is open. Figures are
     * scored against the unit's target ({@code targetOf} by criterion key) and the best ratio known in the cluster so
     * far ({@code bestRatioOf}).
     */
    public void fillSelf(
            Map<String, SelfEntry> entries,
            Function<String, BigDecimal> targetOf,
            Function<String, BigDecimal> bestRatioOf,
            LocalDate today,
            Instant now) {
        round.requireSelfScoringOpen(today);
        requireStatus(SheetStatus.DRAFT, "scoring.sheet.notDraft");
        for (Map.Entry<String, SelfEntry> entry : entries.entrySet()) {
            ScoreLine line = line(entry.getKey());
            SelfEntry value = entry.getValue();
            String key = line.getNode().key();
            line.fillSelf(value.value(), targetOf.apply(key), value.note(), bestRatioOf.apply(key));
        }
        touch(now);
    }

    /** The figures' targets as set now for this unit, applied to a sheet not yet final (the figures rescored). */
    public void applyTargets(
            Function<String, BigDecimal> targetOf, Function<String, BigDecimal> bestRatioOf, Instant now) {
        if (status == SheetStatus.FINAL || status == SheetStatus.NOT_SUBMITTED) {
            return;
        }
        for (ScoreLine line : lines) {
            String key = line.getNode().key();
            line.applyTarget(targetOf.apply(key), bestRatioOf.apply(key));
        }
        touch(now);
    }

    /**
     * The reviewer corrects a figure of a submitted sheet (the achieved value or the target), during review and
     * before the sheet is final. The reason is required; the service rescores the cluster's figures afterwards.
     */
    public void correctFigure(
            String code,
            BigDecimal value,
            BigDecimal target,
            String reason,
            BigDecimal bestRatio,
            LocalDate today,
            Instant now) {
        round.requireReviewOpen(today);
        if (status == SheetStatus.FINAL) {
            throw new ScoringException("scoring.sheet.final");
        }
        if (!isSubmittedOrLater()) {
            throw new ScoringException("scoring.review.notSubmitted");
        }
        if (reason == null || reason.isBlank()) {
            throw new ScoringException("scoring.correction.reasonRequired", code);
        }
        checkReason(reason);
        line(code).correctFigure(value, target, bestRatio);
        touch(now);
    }

    /** Self-scoring closed before the unit submitted: the sheet was not submitted, and stays so. */
    public void closeUnsubmitted(String actor, Instant now) {
        if (status == SheetStatus.DRAFT) {
            moveTo(SheetStatus.NOT_SUBMITTED, actor, now, null);
        }
    }

    /**
     * Hands the sheet to the cluster: every criterion scored, and those needing evidence say what it is (a criterion
     * answered "not met" claims nothing, so it needs none).
     */
    public void submit(String actor, LocalDate today, Instant now, java.util.Set<String> withEvidenceFiles) {
        requireDraftOpen(today);
        List<String> noTarget = lines.stream()
                .filter(l -> !l.isFilled() && l.getSelfValue() != null)
                .map(l -> l.getNode().getCode())
                .toList();
        if (!noTarget.isEmpty()) {
            throw new ScoringException("scoring.submit.targetMissing", String.join(", ", noTarget));
        }
        List<String> missing = lines.stream()
                .filter(l -> !l.isFilled())
                .map(l -> l.getNode().getCode())
                .toList();
        if (!missing.isEmpty()) {
            throw new ScoringException("scoring.submit.missing", String.join(", ", missing));
        }
        List<String> noEvidence = lines.stream()
                .filter(l -> l.getNode().isEvidenceRequired()
                        && !l.isFailAnswer()
                        && l.getSelfNote() == null
                        && !withEvidenceFiles.contains(l.getNode().key()))
                .map(l -> l.getNode().getCode())
                .toList();
        if (!noEvidence.isEmpty()) {
            throw new ScoringException("scoring.submit.evidenceMissing", String.join(", ", noEvidence));
        }
        submittedAt = now;
        moveTo(SheetStatus.SUBMITTED, actor, now, null);
    }

    /** The unit may change the sheet (its lines, its evidence): a draft while self-scoring is open. */
    public void requireDraftOpen(LocalDate today) {
        round.requireSelfScoringOpen(today);
        requireStatus(SheetStatus.DRAFT, "scoring.sheet.notDraft");
    }

    /** Recomputes the figures' points with the cluster's best, when the round moves to review. */
    public void rescoreFigures(Function<String, BigDecimal> bestRatioOf, Instant now) {
        if (status == SheetStatus.FINAL) {
            return;
        }
        for (ScoreLine line : lines) {
            line.rescoreFigure(bestRatioOf.apply(line.getNode().key()));
        }
        touch(now);
    }

    /** The review of every line: accepted as claimed, or adjusted with a reason. Only after submission. */
    public void review(Map<String, Decision> decisions, String actor, Instant now, LocalDate today) {
        round.requireReviewOpen(today);
        requireStatus(SheetStatus.SUBMITTED, "scoring.review.notSubmitted");
        for (ScoreLine line : lines) {
            Decision decision = decisions.get(line.getNode().key());
            line.review(decision == null ? null : decision.score(), decision == null ? null : decision.reason());
        }
        moveTo(SheetStatus.REVIEWED, actor, now, null);
    }

    /** The unit's one explanation of the adjusted lines, within the explanation window. */
    public void explain(Map<String, String> explanations, String actor, Instant now, LocalDate today) {
        requireExplanationOpen(today);
        boolean any = false;
        for (Map.Entry<String, String> entry : explanations.entrySet()) {
            if (entry.getValue() != null && !entry.getValue().isBlank()) {
                line(entry.getKey()).explain(entry.getValue());
                any = true;
            }
        }
        if (!any) {
            throw new ScoringException("scoring.explain.empty");
        }
        moveTo(SheetStatus.EXPLAINED, actor, now, null);
    }

    /** The unit declines to explain (an optional reason is kept in the history), so the reviewer may decide now. */
    public void declineExplanation(String reason, String actor, Instant now, LocalDate today) {
        requireExplanationOpen(today);
        checkReason(reason);
        moveTo(
                SheetStatus.EXPLANATION_DECLINED,
                actor,
                now,
                reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** A reason is kept as typed: within its length, and without control characters (line breaks aside). */
    static void checkReason(String reason) {
        if (reason != null) {
            TextInput.require(reason.strip(), REASON_MAX, true);
        }
    }

    private void requireExplanationOpen(LocalDate today) {
        round.requireReviewOpen(today);
        if (status == SheetStatus.EXPLAINED
                || status == SheetStatus.EXPLANATION_DECLINED
                || status == SheetStatus.FINAL && lines.stream().anyMatch(l -> l.getUnitExplanation() != null)) {
            throw new ScoringException("scoring.explain.once");
        }
        requireStatus(SheetStatus.REVIEWED, "scoring.explain.notReviewed");
        if (!hasAdjustedLines()) {
            throw new ScoringException("scoring.explain.nothingAdjusted");
        }
        if (round.explanationWindowPassed(today)) {
            throw new ScoringException(
                    "scoring.explain.windowClosed", DisplayFormat.DATE.format(round.getExplanationDeadline()));
        }
    }

    public boolean hasAdjustedLines() {
        return lines.stream().anyMatch(ScoreLine::isAdjusted);
    }

    /**
     * Whether the reviewer is still waiting for the unit: a reviewed sheet with adjusted lines that the unit has
     * neither explained nor declined to explain, while the explanation window is open (or has no end).
     */
    public boolean awaitsExplanation(LocalDate today) {
        return status == SheetStatus.REVIEWED && hasAdjustedLines() && !round.explanationWindowPassed(today);
    }
    /**
     * The reviewer's final decision; the final scores can never change afterwards. {@code unitName} names the unit in
     * the refusal while it may still explain.
     */
    public void finalise(Map<String, Decision> decisions, String unitName, String actor, Instant now, LocalDate today) {
        round.requireReviewOpen(today);
        if (status != SheetStatus.REVIEWED
                && status != SheetStatus.EXPLAINED
                && status != SheetStatus.EXPLANATION_DECLINED) {
            throw new ScoringException("scoring.finalise.notReviewed");
        }
        if (awaitsExplanation(today)) {
            throw round.getExplanationDeadline() == null
                    ? new ScoringException("scoring.finalise.awaitingExplanation", unitName)
                    : new ScoringException(
                            "scoring.finalise.awaitingExplanationUntil",
                            unitName,
                            DisplayFormat.DATE.format(round.getExplanationDeadline()));
        }
        for (ScoreLine line : lines) {
            Decision decision = decisions.get(line.getNode().key());
            line.finalise(decision == null ? null : decision.score(), decision == null ? null : decision.reason());
        }
        moveTo(SheetStatus.FINAL, actor, now, null);
    }

    private void moveTo(SheetStatus next, String actor, Instant now, String reason) {
        if (!status.canTransitionTo(next)) {
            throw new ScoringException("scoring.sheet.invalidTransition");
        }
        history.add(new SheetStatusChange(this, status, next, actor, now, reason));
        status = next;
        touch(now);
    }

    private void requireStatus(SheetStatus expected, String key) {
        if (status == SheetStatus.FINAL) {
            throw new ScoringException("scoring.sheet.final");
        }
        if (status != expected) {
            throw new ScoringException(key);
        }
    }

    /** Every change bumps the version, so that two people editing the same sheet cannot overwrite each other. */
    private void touch(Instant now) {
        this.updatedAt = now;
    }

    public ScoreLine line(String code) {
        String key = CriterionNode.key(code);
        return lines.stream()
                .filter(l -> l.getNode().key().equals(key))
                .findFirst()
                .orElseThrow(() -> new ScoringException("scoring.line.unknown", code));
    }

    public Map<String, BigDecimal> effectiveScores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        lines.forEach(l -> scores.put(l.getNode().key(), l.effectiveScore()));
        return scores;
    }

    public Map<String, BigDecimal> selfScores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        lines.forEach(l -> scores.put(l.getNode().key(), l.getSelfScore()));
        return scores;
    }

    public SheetTotals totals(CriteriaTree tree) {
        return SheetTotals.of(tree, effectiveScores());
    }

    /** The scores by criterion code, for the audit trail. */
    public Map<String, Object> scoreState(Function<ScoreLine, BigDecimal> which) {
        Map<String, Object> state = new LinkedHashMap<>();
        lines.forEach(l -> state.put(l.getNode().getCode(), which.apply(l)));
        return state;
    }

    public boolean isSubmittedOrLater() {
        return status != SheetStatus.DRAFT && status != SheetStatus.NOT_SUBMITTED;
    }

    /** The unit never submitted: a draft left when self-scoring closed. */
    public boolean isNotSubmitted() {
        return status == SheetStatus.NOT_SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public ScoringRound getRound() {
        return round;
    }

    public Long getUnitId() {
        return unitId;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ScoreLine> getLines() {
        return List.copyOf(lines);
    }

    public List<SheetStatusChange> getHistory() {
        return List.copyOf(history);
    }

    public long getVersion() {
        return version;
    }
}
