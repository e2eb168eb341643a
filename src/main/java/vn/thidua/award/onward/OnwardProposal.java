package vn.thidua.award.onward;

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
import vn.thidua.award.proposal.ReviewOutcome;

/**
 * A province's proposal of national awards for one year (đề nghị khen thưởng cấp Nhà nước) to the central council:
 * its items and the text of its submission (tờ trình). Only a draft or a returned proposal changes; submitting freezes
 * it until the council returns it or concludes its review; a reviewed proposal receives its central decision once.
 */
@Entity
@Table(name = "award_onward_proposal")
public class OnwardProposal {

    public static final int RECIPIENT_MAX = 500;
    public static final int BODY_MAX = 20_000;
    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organizer_id", nullable = false, updatable = false)
    private Long organizerId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private Long recipientId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OnwardStatus status;

    @Column(name = "submission_recipient", nullable = false, length = RECIPIENT_MAX)
    private String submissionRecipient;

    @Column(name = "submission_body", nullable = false)
    private String submissionBody;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "decision_id")
    private Long decisionId;

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
    private List<OnwardItem> items = new ArrayList<>();

    @Version
    private long version;

    protected OnwardProposal() {}

    OnwardProposal(long organizerId, long recipientId, int year, String to, String body, String by, Instant at) {
        this.organizerId = organizerId;
        this.recipientId = recipientId;
        this.year = year;
        this.status = OnwardStatus.DRAFT;
        this.submissionRecipient = to;
        this.submissionBody = body;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void requireEditable() {
        if (!status.isEditable()) {
            throw new OnwardException("onward.error.notEditable");
        }
    }

    OnwardItem addItem(OnwardItem item, Instant at) {
        requireEditable();
        items.add(item);
        updatedAt = at;
        return item;
    }

    void removeItem(OnwardItem item, Instant at) {
        requireEditable();
        items.remove(item);
        updatedAt = at;
    }

    void reviseItem(OnwardItem item, String summary, Instant at) {
        requireEditable();
        item.revise(summary);
        updatedAt = at;
    }

    void editSubmission(String to, String body, Instant at) {
        requireEditable();
        this.submissionRecipient = to;
        this.submissionBody = body;
        this.updatedAt = at;
    }

    /** Submits (again): the council reviews every item afresh. */
    OnwardStatus submit(String by, Instant at) {
        if (!status.canTransitionTo(OnwardStatus.SUBMITTED)) {
            throw new OnwardException("onward.error.notEditable");
        }
        OnwardStatus before = status;
        items.forEach(OnwardItem::clearReview);
        status = OnwardStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
        updatedAt = at;
        return before;
    }

    private void requireUnderReview() {
        if (status != OnwardStatus.SUBMITTED) {
            throw new OnwardException("onward.error.notUnderReview");
        }
    }

    /** The council's outcome for an item: a rejection carries its reason. */
    void judge(OnwardItem item, ReviewOutcome outcome, String reason, String actor, Instant at) {
        requireUnderReview();
        if (outcome == ReviewOutcome.REJECTED && (reason == null || reason.isBlank())) {
            throw new OnwardException("onward.review.reasonRequired");
        }
        item.judge(outcome, reason == null || reason.isBlank() ? null : reason, actor, at);
        updatedAt = at;
    }

    /** Back to the province for correction, with the council's comments. */
    void returnForCorrection(String comment, Instant at) {
        requireUnderReview();
        status = OnwardStatus.RETURNED;
        returnComment = comment;
        updatedAt = at;
    }

    /** The review concluded: every item has its outcome. */
    void conclude(Instant at) {
        requireUnderReview();
        if (items.stream().anyMatch(i -> i.getReviewOutcome() == null)) {
            throw new OnwardException("onward.review.unjudged");
        }
        status = OnwardStatus.REVIEWED;
        updatedAt = at;
    }

    /** The central decision is recorded for the accepted items: once. */
    void decided(long decisionId, Instant at) {
        if (status != OnwardStatus.REVIEWED) {
            throw new OnwardException("onward.error.notReviewed");
        }
        if (this.decisionId != null) {
            throw new OnwardException("onward.error.decided");
        }
        this.decisionId = decisionId;
        this.updatedAt = at;
    }

    public boolean isDecided() {
        return decisionId != null;
    }

    public List<OnwardItem> acceptedItems() {
        return items.stream().filter(OnwardItem::isAccepted).toList();
    }

    public Optional<OnwardItem> item(long itemId) {
        return items.stream().filter(i -> i.getId() == itemId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public int getYear() {
        return year;
    }

    public OnwardStatus getStatus() {
        return status;
    }

    public String getSubmissionRecipient() {
        return submissionRecipient;
    }

    public String getSubmissionBody() {
        return submissionBody;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public Long getDecisionId() {
        return decisionId;
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

    public List<OnwardItem> getItems() {
        return List.copyOf(items);
    }

    public long getVersion() {
        return version;
    }
}
