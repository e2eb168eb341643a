package vn.thidua.award.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.award.proposal.ReviewOutcome;

/** One recommendation, outcome or clearing of a proposed item's review: written once, never changed. */
@Entity
@Table(name = "award_proposal_item_review")
public class ItemReviewEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ItemReviewKind kind;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ReviewOutcome outcome;

    @Column(updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ItemReviewEntry() {}

    ItemReviewEntry(long itemId, ItemReviewKind kind, ReviewOutcome outcome, String reason, String actor, Instant at) {
        this.itemId = itemId;
        this.kind = kind;
        this.outcome = outcome;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.actor = actor;
        this.occurredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public ItemReviewKind getKind() {
        return kind;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
