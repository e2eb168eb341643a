package vn.thidua.audit;

import java.time.Instant;

/**
 * One entry of a record's history as other features read it: a read-only copy of an audit event, never the entity.
 * The values before and after are the JSON the trail stored.
 */
public final class RecordedChange {

    private final String action;
    private final String actor;
    private final Instant occurredAt;
    private final String reason;
    private final String oldValue;
    private final String newValue;

    RecordedChange(AuditEvent event) {
        this.action = event.getAction();
        this.actor = event.getActor();
        this.occurredAt = event.getOccurredAt();
        this.reason = event.getReason();
        this.oldValue = event.getOldValue();
        this.newValue = event.getNewValue();
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

    public String getReason() {
        return reason;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
