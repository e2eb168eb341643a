package vn.thidua.award.minutes;

import vn.thidua.audit.AuditAction;

/** What the minutes record in the audit trail; the names are the codes stored. */
public enum MinutesAuditAction implements AuditAction {
    MINUTES_DRAFTED,
    MINUTES_REVISED,
    MINUTES_SIGNED,
    MINUTES_SCAN_REPLACED;

    @Override
    public String code() {
        return name();
    }
}
