package vn.thidua.award.onward;

import vn.thidua.audit.AuditAction;

/** What the onward proposal records in the audit trail; the names are the codes stored. */
public enum OnwardAuditAction implements AuditAction {
    ONWARD_DRAFTED,
    ONWARD_ITEM_ADDED,
    ONWARD_ITEM_EDITED,
    ONWARD_ITEM_REMOVED,
    ONWARD_SUBMISSION_EDITED,
    ONWARD_SUBMITTED,
    ONWARD_ITEM_JUDGED,
    ONWARD_RETURNED,
    ONWARD_REVIEWED,
    ONWARD_DECIDED;

    @Override
    public String code() {
        return name();
    }
}
