package vn.thidua.account;

import vn.thidua.audit.AuditAction;

/** What the accounts feature records in the audit trail; the names are the codes stored. */
enum AccountAuditAction implements AuditAction {
    USER_CREATED,
    USER_UPDATED,
    USER_DISABLED,
    USER_ENABLED,
    USER_PASSWORD_RESET,
    PASSWORD_CHANGED;

    @Override
    public String code() {
        return name();
    }
}
