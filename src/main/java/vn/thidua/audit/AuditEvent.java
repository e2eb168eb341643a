package vn.thidua.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.common.BusinessTime;

/** One recorded change. Never updated or deleted: the database refuses it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String actor,
            Long organizerId,
            String action,
            String entityType,
            Long entityId,
            String summary,
            String oldValue,
            String newValue,
            String reason) {
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

    /** When it happened, in Vietnam's time. */
    public LocalDateTime getOccurredAtLocal() {
        return BusinessTime.localDateTime(occurredAt);
    }

    public boolean hasValues() {
        return oldValue != null || newValue != null;
    }

    /** Whether this is a change of an existing record (values before and after), not a creation or a removal. */
    public boolean isChange() {
        return oldValue != null && newValue != null;
    }

    /**
     * The recorded values field by field, in the order of their names; for a change, the fields whose value differs
     * are marked {@code changed} (for a creation or a removal, every field is).
     */
    public List<FieldChange> getChanges() {
        Map<String, String> before = flatten(oldValue);
        Map<String, String> after = flatten(newValue);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>(fields.size());
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            boolean changed = isChange() ? !Objects.equals(was, is) : true;
            changes.add(new FieldChange(field, was, is, changed));
        }
        return changes;
    }

    /** The changed fields only. */
    public List<FieldChange> getChangedFields() {
        return getChanges().stream().filter(FieldChange::changed).toList();
    }

    private static Map<String, String> flatten(String jsonObject) {
        Map<String, String> values = new TreeMap<>();
        if (jsonObject == null) {
            return values;
        }
        try {
            JsonNode node = JSON.readTree(jsonObject);
            if (!node.isObject()) {
                values.put("value", text(node));
                return values;
            }
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                values.put(property.getKey(), text(property.getValue()));
            }
        } catch (JacksonException e) {
            values.put("value", jsonObject);
        }
        return values;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
