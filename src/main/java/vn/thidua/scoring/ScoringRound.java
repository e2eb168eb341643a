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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.DisplayFormat;
import vn.thidua.organization.ClusterYearSummary;

/**
 * The scoring of one cluster-year against one criteria table: not open, self-scoring, review, finalised. Opened and
 * moved on by the organiser's administrators, each change recorded with its actor, time and reason.
 */
@Entity
@Table(name = "scoring_round")
public class ScoringRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The cluster-year scored: organisation's, kept by id. */
    @Column(name = "term_id", nullable = false, updatable = false)
    private Long clusterYearId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "table_id")
    private CriteriaTable table;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status = RoundStatus.NOT_OPEN;

    @Column(name = "self_scoring_deadline")
    private LocalDate selfScoringDeadline;

    @Column(name = "review_deadline")
    private LocalDate reviewDeadline;

    @Column(name = "explanation_deadline")
    private LocalDate explanationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "non_submitter_rule", nullable = false)
    private NonSubmitterRule nonSubmitterRule = NonSubmitterRule.RANK_LAST;

    /**
     * When the automatic "closes soon" reminder went out ({@link SelfScoringReminders}); written only by that job's
     * single-row update (and cleared when the deadline moves later), never with the rest of the round.
     */
    @Column(name = "closing_reminder_sent_at", insertable = false, updatable = false)
    private Instant closingReminderSentAt;

    @OneToMany(mappedBy = "round", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<RoundStatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected ScoringRound() {}

    public ScoringRound(ClusterYearSummary clusterYear, CriteriaTable table) {
        if (!table.appliesTo(clusterYear.clusterId()) || table.getYear() != clusterYear.year()) {
            throw new ScoringException("scoring.round.tableNotForCluster", table.getName());
        }
        this.clusterYearId = clusterYear.id();
        this.table = table;
    }

    public void setDeadlines(LocalDate selfScoring, LocalDate review) {
        setDeadlines(selfScoring, review, explanationDeadline);
    }

    /**
     * The three deadlines, checked together. The explanation deadline is the last day the unit may explain an
     * adjusted sheet or decline to; after it the reviewer may make the sheet final without waiting. It lies between
     * the self-scoring and the review deadlines.
     */
    public void setDeadlines(LocalDate selfScoring, LocalDate review, LocalDate explanation) {
        if (status == RoundStatus.FINALISED) {
            throw new ScoringException("scoring.round.finalised");
        }
        if (selfScoring != null && review != null && review.isBefore(selfScoring)) {
            throw new ScoringException("scoring.round.deadlinesOrder");
        }
        if (explanation != null
                && (selfScoring != null && explanation.isBefore(selfScoring)
                        || review != null && explanation.isAfter(review))) {
            throw new ScoringException("scoring.round.explanationDeadlineOrder");
        }
        this.selfScoringDeadline = selfScoring;
        this.reviewDeadline = review;
        this.explanationDeadline = explanation;
    }

    /** What the ranking does with units that never submitted: chosen when opening or until self-scoring closes. */
    public void setNonSubmitterRule(NonSubmitterRule rule) {
        if (status != RoundStatus.NOT_OPEN && status != RoundStatus.SELF_SCORING) {
            throw new ScoringException("scoring.round.nonSubmitterRuleFixed");
        }
        this.nonSubmitterRule = rule == null ? NonSubmitterRule.RANK_LAST : rule;
    }

    /** The explanation window is over: the unit may no longer explain, and nobody waits for it. */
    public boolean explanationWindowPassed(LocalDate today) {
        return explanationDeadline != null && today.isAfter(explanationDeadline);
    }

    /** Moves the round on and records who did it, when and why. */
    public void moveTo(RoundStatus next, String actor, Instant at, String reason) {
        if (!status.canTransitionTo(next)) {
            throw new ScoringException("scoring.round.invalidTransition");
        }
        history.add(new RoundStatusChange(this, status, next, actor, at, reason));
        this.status = next;
    }

    /** Units may fill and submit their sheets: the round is in self-scoring and its deadline has not passed. */
    public void requireSelfScoringOpen(LocalDate today) {
        if (status != RoundStatus.SELF_SCORING) {
            throw new ScoringException("scoring.round.notSelfScoring");
        }
        if (selfScoringDeadlinePassed(today)) {
            throw new ScoringException(
                    "scoring.round.selfScoringDeadlinePassed", DisplayFormat.DATE.format(selfScoringDeadline));
        }
    }

    public void requireReview() {
        if (status != RoundStatus.REVIEW) {
            throw new ScoringException("scoring.round.notReview");
        }
    }

    /**
     * The cluster may review, the unit explain and the reviewer decide: the round is in review and its deadline has
     * not passed. After the deadline an administrator must extend it first.
     */
    public void requireReviewOpen(LocalDate today) {
        requireReview();
        if (reviewDeadlinePassed(today)) {
            throw new ScoringException("scoring.round.reviewDeadlinePassed", DisplayFormat.DATE.format(reviewDeadline));
        }
    }

    /** Self-scoring is under way but its last day is over. */
    public boolean selfScoringDeadlinePassed(LocalDate today) {
        return status == RoundStatus.SELF_SCORING && selfScoringDeadline != null && today.isAfter(selfScoringDeadline);
    }

    /** Review is under way but its last day is over. */
    public boolean reviewDeadlinePassed(LocalDate today) {
        return status == RoundStatus.REVIEW && reviewDeadline != null && today.isAfter(reviewDeadline);
    }

    public boolean isFinalised() {
        return status == RoundStatus.FINALISED;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("selfScoringDeadline", selfScoringDeadline);
        state.put("reviewDeadline", reviewDeadline);
        state.put("explanationDeadline", explanationDeadline);
        state.put("nonSubmitterRule", nonSubmitterRule);
        state.put("tableId", table.getId());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getClusterYearId() {
        return clusterYearId;
    }

    public CriteriaTable getTable() {
        return table;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public LocalDate getSelfScoringDeadline() {
        return selfScoringDeadline;
    }

    public LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    public LocalDate getExplanationDeadline() {
        return explanationDeadline;
    }

    public NonSubmitterRule getNonSubmitterRule() {
        return nonSubmitterRule;
    }

    public Instant getClosingReminderSentAt() {
        return closingReminderSentAt;
    }

    public List<RoundStatusChange> getHistory() {
        return List.copyOf(history);
    }

    public long getVersion() {
        return version;
    }
}
