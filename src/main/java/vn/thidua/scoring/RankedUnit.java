package vn.thidua.scoring;

import java.math.BigDecimal;

/**
 * One unit's place in a final ranking.
 *
 * @param tiedOnTotal  its total equals its neighbour's (the order then follows the tie-break rules)
 * @param submitted    false for a unit that never submitted its sheet
 */
public record RankedUnit(
        int rank,
        long unitId,
        String unitCode,
        String unitName,
        BigDecimal total,
        boolean tiedOnTotal,
        boolean submitted) {}
