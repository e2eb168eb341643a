package vn.thidua.award.proposal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cluster-year's award proposal (đề nghị khen thưởng) to its organiser: its items and the text of its submission
 * (tờ trình). Only a draft or a returned proposal changes; submitting freezes it.
 */
@Entity
@Table(name = "award_proposal")
public class Proposal {

    public static final int RECIPIENT_MAX = 500;
    public static final int BODY_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_id", nullable = false, updatable = false)
    private Long clusterYearId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @Column(name = "submission_recipient", nullable = false, length = RECIPIENT_MAX)
    private String submissionRecipient;

    @Column(name = "submission_body", nullable = false)
    private String submissionBody;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProposalItem> items = new ArrayList<>();

    @Version
    private long version;

    protected Proposal() {}

    Proposal(long clusterYearId, String recipient, String body, String by, Instant at) {
        this.clusterYearId = clusterYearId;
        this.status = ProposalStatus.DRAFT;
        this.submissionRecipient = recipient;
        this.submissionBody = body;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void requireEditable() {
        if (!status.isEditable()) {
            throw new ProposalException("proposal.error.submitted");
        }
    }

    ProposalItem addItem(ProposalItem item, Instant at) {
        requireEditable();
        items.add(item);
        updatedAt = at;
        return item;
    }

    void removeItem(ProposalItem item, Instant at) {
        requireEditable();
        items.remove(item);
        updatedAt = at;
    }

    void reviseItem(ProposalItem item, ProposalItem.Person person, String summary, Instant at) {
        requireEditable();
        item.revise(person, summary);
        updatedAt = at;
    }

    void editSubmission(String recipient, String body, Instant at) {
        requireEditable();
        this.submissionRecipient = recipient;
        this.submissionBody = body;
        this.updatedAt = at;
    }

    /** A document was added or removed: the proposal changed, and its version moves on. */
    void touch(Instant at) {
        requireEditable();
        this.updatedAt = at;
    }

    ProposalStatus submit(String by, Instant at) {
        if (!status.canTransitionTo(ProposalStatus.SUBMITTED)) {
            throw new ProposalException("proposal.error.submitted");
        }
        ProposalStatus before = status;
        status = ProposalStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
        updatedAt = at;
        return before;
    }

    /** A reviewer's recommendation for one of its items: only while the proposal is under review (submitted). */
    public void recommend(ProposalItem item, ReviewOutcome outcome, String reason, String actor, Instant at) {
        requireUnderReview(item, outcome, reason);
        item.recommend(outcome, blankToNull(reason), actor, at);
    }

    /** The administrator's outcome for one of its items: only while under review; a rejection needs its reason. */
    public void judge(ProposalItem item, ReviewOutcome outcome, String reason, String actor, Instant at) {
        requireUnderReview(item, outcome, reason);
        item.judge(outcome, blankToNull(reason), actor, at);
    }

    /**
     * Returns the whole proposal to its cluster for correction: editable again by its head, its items' review
     * forgotten (they are reviewed afresh once it is submitted again).
     */
    public ProposalStatus returnForCorrection(Instant at) {
        if (!status.canTransitionTo(ProposalStatus.RETURNED)) {
            throw new ProposalException("review.error.notUnderReview");
        }
        ProposalStatus before = status;
        items.forEach(ProposalItem::clearReview);
        status = ProposalStatus.RETURNED;
        updatedAt = at;
        return before;
    }

    /** Concludes the review once every item has its outcome: the proposal is frozen, its accepted items decidable. */
    public ProposalStatus concludeReview(Instant at) {
        if (!status.canTransitionTo(ProposalStatus.REVIEWED)) {
            throw new ProposalException("review.error.notUnderReview");
        }
        long open = items.stream().filter(i -> i.getReviewOutcome() == null).count();
        if (open > 0 || items.isEmpty()) {
            throw new ProposalException("review.error.itemsOpen", open);
        }
        ProposalStatus before = status;
        status = ProposalStatus.REVIEWED;
        updatedAt = at;
        return before;
    }

    private void requireUnderReview(ProposalItem item, ReviewOutcome outcome, String reason) {
        if (status != ProposalStatus.SUBMITTED) {
            throw new ProposalException("review.error.notUnderReview");
        }
        if (!items.contains(item)) {
            throw new ProposalException("review.error.itemGone");
        }
        if (outcome == null) {
            throw new ProposalException("review.error.outcomeRequired");
        }
        if (outcome == ReviewOutcome.REJECTED && (reason == null || reason.isBlank())) {
            throw new ProposalException("review.error.reasonRequired");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Optional<ProposalItem> item(long itemId) {
        return items.stream().filter(i -> i.getId() == itemId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Long getClusterYearId() {
        return clusterYearId;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getSubmissionRecipient() {
        return submissionRecipient;
    }

    public String getSubmissionBody() {
        return submissionBody;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public List<ProposalItem> getItems() {
        return List.copyOf(items);
    }

    public long getVersion() {
        return version;
    }
}
