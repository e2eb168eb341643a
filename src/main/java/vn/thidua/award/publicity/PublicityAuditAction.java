package vn.thidua.award.publicity;

import vn.thidua.audit.AuditAction;

/** What the public list's setting records in the audit trail; the names are the codes stored. */
public enum PublicityAuditAction implements AuditAction {
    AWARD_PUBLICITY_CHANGED;

    @Override
    public String code() {
        return name();
    }
}
