package vn.thidua.pledge;

import vn.thidua.audit.AuditAction;

/** What the pledge feature records in the audit trail; the names are the codes stored. */
enum PledgeAuditAction implements AuditAction {
    PLEDGE_DRAFTED,
    PLEDGE_REVISED,
    PLEDGE_OPENED,
    PLEDGE_WITHDRAWN,
    PLEDGE_SIGNATURE_VOIDED,
    PLEDGE_SIGNED,
    PLEDGE_COUNTERSIGNED,
    PLEDGE_DECLINED,
    PLEDGE_REMINDED;

    @Override
    public String code() {
        return name();
    }
}
