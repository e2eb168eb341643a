package vn.thidua.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The one shape of a status history, shared by every feature's history table: from which status (none for the first
 * entry), to which, who, when and why. Never updated. A feature's history entity extends it and adds its own link
 * (and, where its columns are named otherwise, overrides them with {@code @AttributeOverride}).
 */
@MappedSuperclass
public abstract class StatusChange {

    @Column(name = "from_status", updatable = false)
    private String fromStatus;

    @Column(name = "to_status", nullable = false, updatable = false)
    private String toStatus;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String reason;

    protected StatusChange() {}

    protected StatusChange(Enum<?> from, Enum<?> to, String actor, Instant occurredAt, String reason) {
        this.fromStatus = from == null ? null : from.name();
        this.toStatus = to.name();
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }
}
