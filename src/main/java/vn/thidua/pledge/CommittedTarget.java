package vn.thidua.pledge;

import java.math.BigDecimal;

/**
 * A target a unit committed to in its cluster-year's completed pledge: what it later reports its annual result
 * against. {@code value} is the unit's own target (or the common one), absent for targets without a number.
 */
public record CommittedTarget(
        long targetId, PledgeField field, int position, String name, String unitOfMeasure, BigDecimal value) {}
