package vn.thidua.award.decision;

import vn.thidua.audit.AuditAction;

/** What decisions record in the audit trail; the names are the codes stored. */
public enum DecisionAuditAction implements AuditAction {
    DECISION_RECORDED,
    DECISION_AWARDS_TAKEN_BACK,
    DECISION_FILE_ATTACHED;

    @Override
    public String code() {
        return name();
    }
}
