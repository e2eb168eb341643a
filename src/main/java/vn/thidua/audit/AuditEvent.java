package vn.thidua.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One recorded change. Never updated or deleted: the database refuses it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "organizer_id")
    private Long organizerId;

    @Column(nullable = false)
    private String action;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    private String summary;

    @Column(name = "old_value", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String oldValue;

    @Column(name = "new_value", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String newValue;

    private String reason;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, Long organizerId, String action, String entityType, Long entityId,
               String summary, String oldValue, String newValue, String reason) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.organizerId = organizerId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }
}
