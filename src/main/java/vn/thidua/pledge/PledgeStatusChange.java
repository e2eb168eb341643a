package vn.thidua.pledge;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.StatusChange;

/**
 * One step of a pledge's life in the common status-history shape (from which status to which, who, when, why), with
 * the pledge's own additions: the signer's account and, for an opening, the frozen text and its hash.
 */
@Entity
@Immutable
@Table(name = "pledge_status_change")
@AttributeOverride(name = "actor", column = @Column(name = "actor_name", nullable = false, updatable = false))
@AttributeOverride(name = "occurredAt", column = @Column(name = "changed_at", nullable = false, updatable = false))
public class PledgeStatusChange extends StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pledge_id")
    private Pledge pledge;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "text_hash", updatable = false)
    private String textHash;

    @Column(name = "canonical_text", updatable = false)
    private String canonicalText;

    protected PledgeStatusChange() {}

    PledgeStatusChange(
            Pledge pledge,
            PledgeStatus fromStatus,
            PledgeStatus toStatus,
            Actor actor,
            Instant changedAt,
            String reason,
            String textHash,
            String canonicalText) {
        super(fromStatus, toStatus, actor.name(), changedAt, reason);
        this.pledge = pledge;
        this.actorId = actor.userId();
        this.textHash = textHash;
        this.canonicalText = canonicalText;
    }

    public Long getId() {
        return id;
    }

    /** The status before this step; null for the first. */
    public PledgeStatus fromStatus() {
        return getFromStatus() == null ? null : PledgeStatus.valueOf(getFromStatus());
    }

    /** The status this step moved to. */
    public PledgeStatus status() {
        return PledgeStatus.valueOf(getToStatus());
    }

    public String getActorName() {
        return getActor();
    }

    public Instant getChangedAt() {
        return getOccurredAt();
    }

    public LocalDateTime getChangedAtLocal() {
        return BusinessTime.localDateTime(getOccurredAt());
    }

    public String getTextHash() {
        return textHash;
    }
}
