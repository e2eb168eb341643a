package vn.thidua.award.type;

/** What a vote share is counted against: all member units of the cluster-year, or the valid ballots. */
public enum VoteBase {
    MEMBERS,
    VALID_BALLOTS;

    public String messageKey() {
        return "vote.base." + name();
    }
}
