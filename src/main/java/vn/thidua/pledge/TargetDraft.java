package vn.thidua.pledge;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A target as the head enters it. {@code value} is the common target; {@code memberValues} (unit id to value) set
 * it per member instead. Both may be empty for a target without a number.
 */
public record TargetDraft(
        PledgeField field, String name, String unitOfMeasure, BigDecimal value, Map<Long, BigDecimal> memberValues) {

    public TargetDraft {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(name, "name");
        memberValues = memberValues == null ? Map.of() : Map.copyOf(new TreeMap<>(memberValues));
    }

    public static TargetDraft common(PledgeField field, String name, String unitOfMeasure, BigDecimal value) {
        return new TargetDraft(field, name, unitOfMeasure, value, Map.of());
    }
}
