package vn.thidua.scoring;

import java.math.BigDecimal;

/**
 * What a unit's officer enters for one pledge target: the achieved figure (empty: not reported), a note, and the
 * version of the stored result the form was loaded with ({@code null} when there was none).
 */
public record ResultEntry(long targetId, BigDecimal value, String note, Long expectedVersion) {}
