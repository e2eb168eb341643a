package vn.thidua.award.type;

import vn.thidua.audit.AuditAction;

/** What award types and registration record in the audit trail; the names are the codes stored. */
public enum AwardAuditAction implements AuditAction {
    AWARD_TYPE_CREATED,
    AWARD_TYPE_UPDATED,
    AWARD_TYPE_DEACTIVATED,
    AWARD_TYPE_REACTIVATED,
    AWARD_REGISTRATION_WINDOW_SET,
    AWARD_REGISTERED,
    AWARD_REGISTRATION_WITHDRAWN;

    @Override
    public String code() {
        return name();
    }
}
