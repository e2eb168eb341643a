package vn.thidua.award.vote;

/** Where a vote stands: prepared (questions, candidates, times), open for ballots, or closed with its frozen tally. */
public enum VoteStatus {
    PREPARED,
    OPEN,
    CLOSED;

    public String messageKey() {
        return "vote.status." + name();
    }
}
