package vn.thidua.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.thidua.common.BusinessTime;

/**
 * One entry of a record's history as other features read it: a read-only copy of an audit event, never the entity.
 * The values before and after are the JSON the trail stored; {@link #getChanges()} reads them field by field.
 */
public final class RecordedChange {

    private final Long id;
    private final String entityType;
    private final Long entityId;
    private final String action;
    private final String actor;
    private final Instant occurredAt;
    private final String summary;
    private final String reason;
    private final String oldValue;
    private final String newValue;
    private final boolean change;
    private final List<FieldChange> changes;

    RecordedChange(AuditEvent event) {
        this.id = event.getId();
        this.entityType = event.getEntityType();
        this.entityId = event.getEntityId();
        this.action = event.getAction();
        this.actor = event.getActor();
        this.occurredAt = event.getOccurredAt();
        this.summary = event.getSummary();
        this.reason = event.getReason();
        this.oldValue = event.getOldValue();
        this.newValue = event.getNewValue();
        this.change = event.isChange();
        this.changes = List.copyOf(event.getChanges());
    }

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** When it happened, in Vietnam's time. */
    public LocalDateTime getOccurredAtLocal() {
        return BusinessTime.localDateTime(occurredAt);
    }

    public String getSummary() {
        return summary;
    }

    public String getReason() {
        return reason;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    /** Whether this is a change of an existing record (values before and after), not a creation or a removal. */
    public boolean isChange() {
        return change;
    }

    /** The recorded values field by field, as {@link AuditEvent#getChanges()} reads them. */
    public List<FieldChange> getChanges() {
        return changes;
    }
}
