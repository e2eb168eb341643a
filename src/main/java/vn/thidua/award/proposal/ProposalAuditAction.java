package vn.thidua.award.proposal;

import vn.thidua.audit.AuditAction;

/** What the proposal records in the audit trail; the names are the codes stored. */
public enum ProposalAuditAction implements AuditAction {
    PROPOSAL_DRAFTED,
    PROPOSAL_ITEM_ADDED,
    PROPOSAL_ITEM_REMOVED,
    PROPOSAL_ITEM_EDITED,
    PROPOSAL_SUBMISSION_EDITED,
    PROPOSAL_DOCUMENT_ADDED,
    PROPOSAL_DOCUMENT_REMOVED,
    PROPOSAL_SUBMITTED;

    @Override
    public String code() {
        return name();
    }
}
