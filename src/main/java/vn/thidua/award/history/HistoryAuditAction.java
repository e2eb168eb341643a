package vn.thidua.award.history;

import vn.thidua.audit.AuditAction;

/** What the history of awards records in the audit trail; the names are the codes stored. */
public enum HistoryAuditAction implements AuditAction {
    AWARD_HISTORY_IMPORTED;

    @Override
    public String code() {
        return name();
    }
}
