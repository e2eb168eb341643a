package vn.thidua.award.review;

import vn.thidua.audit.AuditAction;

/** What the organiser's review of a proposal records in the audit trail; the names are the codes stored. */
public enum ReviewAuditAction implements AuditAction {
    REVIEW_RECOMMENDED,
    REVIEW_ITEM_ACCEPTED,
    REVIEW_ITEM_REJECTED,
    REVIEW_PROPOSAL_RETURNED,
    REVIEW_CONCLUDED;

    @Override
    public String code() {
        return name();
    }
}
