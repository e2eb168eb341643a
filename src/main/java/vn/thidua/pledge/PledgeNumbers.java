package vn.thidua.pledge;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import vn.thidua.common.DisplayFormat;

/**
 * Target values: read as the user types them ({@link DisplayFormat#parseNumber}) within what a target may hold, shown
 * as pages and documents show numbers.
 */
public final class PledgeNumbers {

    /** Largest value a target may hold (numeric(20,4)). */
    public static final BigDecimal MAX = new BigDecimal("9999999999999999");
    /** Decimals a target keeps. */
    private static final int SCALE = 4;

    private PledgeNumbers() {}

    /**
     * Reads a value typed in Vietnamese ({@code 1.234,5}); empty means none.
     *
     * @throws NumberFormatException when the text is not a number a target may hold
     */
    public static Optional<BigDecimal> parse(String text) {
        return parse(text, DisplayFormat.VIETNAMESE);
    }

    /**
     * Reads a value typed in the given language; empty means none.
     *
     * @throws NumberFormatException when the text is not a number a target may hold
     */
    public static Optional<BigDecimal> parse(String text, Locale locale) {
        BigDecimal number = DisplayFormat.parseNumber(text, locale);
        if (number == null) {
            return Optional.empty();
        }
        if (number.abs().compareTo(MAX) > 0
                || Math.max(number.stripTrailingZeros().scale(), 0) > SCALE) {
            throw new NumberFormatException(text);
        }
        return Optional.of(number);
    }

    /** The fixed form the canonical text uses: plain digits, a dot for decimals, no trailing zeros. */
    public static String canonical(BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** How the pages and documents show a value in Vietnamese: {@code 1.234,5}. */
    public static String display(BigDecimal value) {
        return display(value, DisplayFormat.VIETNAMESE);
    }

    /** How the pages and documents show a value in the given language: {@code 1.234,5} or {@code 1,234.5}. */
    public static String display(BigDecimal value, Locale locale) {
        return DisplayFormat.figure(value, locale);
    }

    /** The form a value is put back into an input field with, in the given language: {@code 1234,5} or {@code 1234.5}. */
    public static String input(BigDecimal value, Locale locale) {
        return DisplayFormat.input(value, locale);
    }
}
