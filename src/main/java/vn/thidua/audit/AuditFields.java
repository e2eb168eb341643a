package vn.thidua.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one kind of record in the audit trail and how each reads. {@code other} reads the fields whose names
 * are data rather than code (a score sheet's values are keyed by criterion code); their label is the message
 * {@code audit.field.<Kind>.other} with the field's name as its argument.
 */
public final class AuditFields {

    private final Map<String, AuditField> fields = new LinkedHashMap<>();
    private AuditField other;

    public static AuditFields of() {
        return new AuditFields();
    }

    public AuditFields field(String name, AuditField field) {
        fields.put(name, field);
        return this;
    }

    public AuditFields text(String... names) {
        for (String name : names) {
            fields.put(name, AuditField.text());
        }
        return this;
    }

    public AuditFields other(AuditField field) {
        this.other = field;
        return this;
    }

    public Map<String, AuditField> fields() {
        return fields;
    }

    public Optional<AuditField> other() {
        return Optional.ofNullable(other);
    }

    Optional<AuditField> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
