package vn.thidua.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A sheet's line for one criterion: what the unit reported and claimed, the reviewer's score and reason, the unit's
 * one explanation and the final score. Changed only through its {@link ScoreSheet}, which checks the statuses; a
 * line with a final score refuses every change (and so does the database).
 */
@Entity
@Table(name = "score_line")
public class ScoreLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    private ScoreSheet sheet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id")
    private CriterionNode node;

    @Column(name = "self_value")
    private BigDecimal selfValue;

    @Column(name = "self_target")
    private BigDecimal selfTarget;

    @Column(name = "self_score")
    private BigDecimal selfScore;

    @Column(name = "self_note")
    private String selfNote;

    @Column(name = "review_score")
    private BigDecimal reviewScore;

    @Column(name = "review_reason")
    private String reviewReason;

    @Column(name = "unit_explanation")
    private String unitExplanation;

    @Column(name = "final_score")
    private BigDecimal finalScore;

    @Column(name = "final_reason")
    private String finalReason;

    protected ScoreLine() {}

    ScoreLine(ScoreSheet sheet, CriterionNode node) {
        this.sheet = sheet;
        this.node = node;
    }

    /**
     * Records what the unit reports; the points follow from the criterion's kind. A figure's {@code target} is the
     * one set for the unit (by its pledge or the administrator), never typed by the unit; without one the figure is
     * kept but not scored until a target is set.
     */
    void fillSelf(BigDecimal value, BigDecimal target, String note, BigDecimal bestRatio) {
        requireNotFinal();
        String cleanNote = clean(note);
        this.selfNote = cleanNote;
        if (value == null) {
            this.selfValue = null;
            this.selfTarget = null;
            this.selfScore = null;
            return;
        }
        boolean figure = node.getKind() == CriterionKind.FIGURE_AGAINST_TARGET;
        if (figure && target == null) {
            if (value.signum() < 0) {
                throw new ScoringException("scoring.value.negative", node.getCode());
            }
            this.selfValue = value;
            this.selfTarget = null;
            this.selfScore = null;
            return;
        }
        BigDecimal score = node.rule().score(value, target, bestRatio);
        this.selfValue = value;
        this.selfTarget = figure ? target : null;
        this.selfScore = score;
    }

    /** A figure's target set or changed for the unit: kept on the line and the figure rescored. */
    void applyTarget(BigDecimal target, BigDecimal bestRatio) {
        requireNotFinal();
        if (node.getKind() != CriterionKind.FIGURE_AGAINST_TARGET
                || java.util.Objects.equals(normalizedTarget(selfTarget), normalizedTarget(target))) {
            return;
        }
        fillSelf(selfValue, target, selfNote, bestRatio);
    }

    /**
     * The reviewer corrects a figure: the achieved value, the target or both. The points follow; a reviewed score
     * that accepted the old claim follows the new one, a score the reviewer adjusted stays theirs.
     */
    void correctFigure(BigDecimal value, BigDecimal target, BigDecimal bestRatio) {
        requireNotFinal();
        if (node.getKind() != CriterionKind.FIGURE_AGAINST_TARGET) {
            throw new ScoringException("scoring.correction.notFigure", node.getCode());
        }
        if (value == null) {
            throw new ScoringException("scoring.value.required", node.getCode());
        }
        if (target == null || target.signum() <= 0) {
            throw new ScoringException("scoring.value.targetRequired", node.getCode());
        }
        for (BigDecimal figure : new BigDecimal[] {value, target}) {
            if (figure.abs().compareTo(RoundTarget.MAX) > 0
                    || Math.max(figure.stripTrailingZeros().scale(), 0) > 2) {
                throw new ScoringException("scoring.correction.precision", node.getCode());
            }
        }
        BigDecimal before = selfScore;
        this.selfScore = node.rule().score(value, target, bestRatio);
        this.selfValue = value;
        this.selfTarget = target;
        followClaim(before);
    }

    /** Recomputes a figure's points once the cluster's best is known. */
    void rescoreFigure(BigDecimal bestRatio) {
        requireNotFinal();
        if (node.getKind() == CriterionKind.FIGURE_AGAINST_TARGET && selfValue != null && selfTarget != null) {
            BigDecimal before = selfScore;
            this.selfScore = node.rule().score(selfValue, selfTarget, bestRatio);
            followClaim(before);
        }
    }

    /** A reviewed score equal to the claim it accepted moves with the claim. */
    private void followClaim(BigDecimal claimBefore) {
        if (reviewScore != null && Objects.equals(normalized(reviewScore), normalized(claimBefore))) {
            this.reviewScore = selfScore;
        }
    }

    private static BigDecimal normalizedTarget(BigDecimal target) {
        return target == null ? null : target.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The reviewer accepts the claimed score ({@code adjusted} empty or equal) or adjusts it with a reason. */
    void review(BigDecimal adjusted, String reason) {
        requireNotFinal();
        if (adjusted == null || selfScore != null && adjusted.compareTo(selfScore) == 0) {
            this.reviewScore = selfScore == null ? BigDecimal.ZERO.setScale(2) : selfScore;
            this.reviewReason = null;
            return;
        }
        node.rule().checkScore(adjusted);
        if (clean(reason) == null) {
            throw new ScoringException("scoring.review.reasonRequired", node.getCode());
        }
        this.reviewScore = adjusted.setScale(2, java.math.RoundingMode.HALF_UP);
        this.reviewReason = clean(reason);
    }

    void explain(String explanation) {
        requireNotFinal();
        if (unitExplanation != null) {
            throw new ScoringException("scoring.explain.once");
        }
        if (!isAdjusted()) {
            throw new ScoringException("scoring.explain.notAdjusted", node.getCode());
        }
        this.unitExplanation = clean(explanation);
    }

    /** The reviewer's last word: the reviewed score unless changed again, with a reason, after the explanation. */
    void finalise(BigDecimal decided, String reason) {
        requireNotFinal();
        BigDecimal reviewed = reviewScore == null ? BigDecimal.ZERO.setScale(2) : reviewScore;
        if (decided == null || decided.compareTo(reviewed) == 0) {
            this.finalScore = reviewed;
            return;
        }
        node.rule().checkScore(decided);
        if (clean(reason) == null) {
            throw new ScoringException("scoring.review.reasonRequired", node.getCode());
        }
        this.finalScore = decided.setScale(2, java.math.RoundingMode.HALF_UP);
        this.finalReason = clean(reason);
    }

    private void requireNotFinal() {
        if (finalScore != null) {
            throw new ScoringException("scoring.line.final", node.getCode());
        }
    }

    /** The score that counts now: final, else reviewed, else claimed. */
    public BigDecimal effectiveScore() {
        return effectiveScore(finalScore, reviewScore, selfScore);
    }

    static BigDecimal effectiveScore(BigDecimal finalScore, BigDecimal reviewScore, BigDecimal selfScore) {
        return finalScore != null ? finalScore : reviewScore != null ? reviewScore : selfScore;
    }

    public boolean isAdjusted() {
        return reviewScore != null && !Objects.equals(normalized(reviewScore), normalized(selfScore));
    }

    public boolean isFilled() {
        return selfScore != null;
    }

    /** A pass/fail criterion the unit answered "not met". */
    public boolean isFailAnswer() {
        return node.getKind() == CriterionKind.PASS_FAIL && selfValue != null && selfValue.signum() == 0;
    }

    /** A pass/fail criterion the unit answered "met". */
    public boolean isPassAnswer() {
        return node.getKind() == CriterionKind.PASS_FAIL && selfValue != null && selfValue.signum() > 0;
    }

    private static BigDecimal normalized(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public ScoreSheet getSheet() {
        return sheet;
    }

    public CriterionNode getNode() {
        return node;
    }

    public BigDecimal getSelfValue() {
        return selfValue;
    }

    public BigDecimal getSelfTarget() {
        return selfTarget;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public String getSelfNote() {
        return selfNote;
    }

    public BigDecimal getReviewScore() {
        return reviewScore;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public String getUnitExplanation() {
        return unitExplanation;
    }

    public BigDecimal getFinalScore() {
        return finalScore;
    }

    public String getFinalReason() {
        return finalReason;
    }
}
