package vn.thidua.award.vote;

import vn.thidua.audit.AuditAction;

/** What the vote records in the audit trail (never a unit's choices); the names are the codes stored. */
public enum VoteAuditAction implements AuditAction {
    VOTE_PREPARED,
    VOTE_RESCHEDULED,
    VOTE_CANDIDATE_ADDED,
    VOTE_CANDIDATE_REMOVED,
    VOTE_OPENED,
    VOTE_BALLOT_CAST,
    VOTE_CLOSED,
    VOTE_PAPER_RECORDED;

    @Override
    public String code() {
        return name();
    }
}
