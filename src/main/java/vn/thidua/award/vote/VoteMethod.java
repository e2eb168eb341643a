package vn.thidua.award.vote;

/** How a vote's result was obtained: secret ballots cast online, or the paper result recorded by the head. */
public enum VoteMethod {
    ONLINE,
    PAPER;

    public String messageKey() {
        return "vote.method." + name();
    }
}
