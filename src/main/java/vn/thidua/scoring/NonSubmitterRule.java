package vn.thidua.scoring;

/**
 * What the ranking does with a member whose sheet was never submitted: chosen by the administrator for each round,
 * shown on every page and export that ranks.
 */
public enum NonSubmitterRule {
    /** Ranked after every unit that submitted, marked "không nộp", without a total. */
    RANK_LAST,
    /** Scored zero on every criterion and ranked with the others, marked "không nộp". */
    SCORE_ZERO;

    public String messageKey() {
        return "scoring.nonSubmitterRule." + name();
    }
}
