package vn.thidua.award.vote;

/** One ballot's answer for one candidate: for, against, or blank (abstention). */
public enum Choice {
    FOR,
    AGAINST,
    BLANK;

    public String messageKey() {
        return "vote.choice." + name();
    }
}
