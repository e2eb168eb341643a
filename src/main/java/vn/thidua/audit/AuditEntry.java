package vn.thidua.audit;

import java.util.Map;

/**
 * A change to record: what was done ({@code action}, e.g. {@code UNIT_RETIRED}), to what, the values before and
 * after (flat maps of field to value, {@code null} where there is none) and the reason given, if any.
 */
public record AuditEntry(
        Long organizerId,
        String action,
        String entityType,
        Long entityId,
        String summary,
        Map<String, ?> oldValue,
        Map<String, ?> newValue,
        String reason) {

    public static AuditEntry of(Long organizerId, String action, String entityType, Long entityId, String summary) {
        return new AuditEntry(organizerId, action, entityType, entityId, summary, null, null, null);
    }

    /** The same, for a feature's declared action (its code is what is stored). */
    public static AuditEntry of(
            Long organizerId, AuditAction action, String entityType, Long entityId, String summary) {
        return of(organizerId, action.code(), entityType, entityId, summary);
    }

    public AuditEntry withValues(Map<String, ?> before, Map<String, ?> after) {
        return new AuditEntry(organizerId, action, entityType, entityId, summary, before, after, reason);
    }

    public AuditEntry withReason(String why) {
        return new AuditEntry(organizerId, action, entityType, entityId, summary, oldValue, newValue, why);
    }
}
