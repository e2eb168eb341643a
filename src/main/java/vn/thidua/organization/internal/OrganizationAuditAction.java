package vn.thidua.organization.internal;

import vn.thidua.audit.AuditAction;

/** What the organisation feature records in the audit trail; the names are the codes stored. */
enum OrganizationAuditAction implements AuditAction {
    UNIT_CREATED,
    UNIT_UPDATED,
    UNIT_RETIRED,
    UNIT_MERGED,
    UNIT_ABSORBED,
    UNIT_IMPORTED,
    UNITS_IMPORTED,
    WORKING_YEAR_CHANGED,
    CLUSTER_CREATED,
    CLUSTER_UPDATED,
    TERM_CREATED,
    TERM_MEMBER_ADDED,
    TERM_MEMBER_REMOVED,
    TERM_LEADERS_APPOINTED,
    TERM_COPIED_TO_NEXT_YEAR,
    TERM_STATUS_ADVANCED,
    TERM_STATUS_RETURNED,
    TERM_CLOSED,
    TERM_REOPENED;

    @Override
    public String code() {
        return name();
    }
}
