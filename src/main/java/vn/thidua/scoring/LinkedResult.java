package vn.thidua.scoring;

import java.math.BigDecimal;

/**
 * A unit's annual result for the pledge target that a figure criterion measures: what fills the criterion's figure
 * and target on the unit's draft sheet. {@code target} is the unit's own target (absent for targets without one).
 */
public record LinkedResult(
        long targetId,
        String targetName,
        String unitOfMeasure,
        BigDecimal value,
        BigDecimal target,
        BigDecimal percent) {}
