package vn.thidua.scoring;

import java.math.BigDecimal;

/**
 * The three scores of one line of a sheet, with the figure and target it reported, read without the rest of the
 * line: what totals, rankings and the outlier warning need. A cluster's ranking adds up hundreds of lines, and
 * reading them as entities cost more than the rest of the page.
 */
public record LineScores(
        long sheetId,
        long nodeId,
        BigDecimal selfScore,
        BigDecimal reviewScore,
        BigDecimal finalScore,
        BigDecimal selfValue,
        BigDecimal selfTarget) {

    /** See {@link ScoreLine#effectiveScore()}. */
    public BigDecimal effectiveScore() {
        return ScoreLine.effectiveScore(finalScore, reviewScore, selfScore);
    }
}
