package vn.thidua.pledge;

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
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.thidua.common.BusinessTime;

/** One step of a pledge's life: from which status to which, who, when, why; an opening keeps the frozen text. */
@Entity
@Immutable
@Table(name = "pledge_status_change")
public class PledgeStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pledge_id")
    private Pledge pledge;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private PledgeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private PledgeStatus toStatus;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    private String reason;

    @Column(name = "text_hash")
    private String textHash;

    @Column(name = "canonical_text")
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
        this.pledge = pledge;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actor.userId();
        this.actorName = actor.name();
        this.changedAt = changedAt;
        this.reason = reason;
        this.textHash = textHash;
        this.canonicalText = canonicalText;
    }

    public Long getId() {
        return id;
    }

    public PledgeStatus getFromStatus() {
        return fromStatus;
    }

    public PledgeStatus getToStatus() {
        return toStatus;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public java.time.LocalDateTime getChangedAtLocal() {
        return BusinessTime.localDateTime(changedAt);
    }

    public String getReason() {
        return reason;
    }

    public String getTextHash() {
        return textHash;
    }
}
