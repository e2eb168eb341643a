package vn.thidua.pledge;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Target values as people type and read them in Vietnamese: {@code 1.234,5} (dot groups thousands, comma marks
 * decimals). {@code 95.5} is also read as a decimal, since a dot followed by other than three digits cannot be a
 * thousands separator.
 */
public final class PledgeNumbers {

    /** Largest value a target may hold (numeric(20,4)). */
    public static final BigDecimal MAX = new BigDecimal("9999999999999999");

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private PledgeNumbers() {
    }

    /**
     * Reads a value; empty means none.
     *
     * @throws NumberFormatException when the text is not a number in one of the accepted forms
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip().replace(" ", "").replace("\u00a0", "");
        String plain;
        if (GROUPED.matcher(value).matches()) {
            plain = value.replace(".", "").replace(',', '.');
        } else if (COMMA_DECIMAL.matcher(value).matches()) {
            plain = value.replace(',', '.');
        } else if (DOT_DECIMAL.matcher(value).matches()) {
            plain = value;
        } else {
            throw new NumberFormatException(text);
        }
        BigDecimal number = new BigDecimal(plain);
        if (number.abs().compareTo(MAX) > 0 || Math.max(number.stripTrailingZeros().scale(), 0) > 4) {
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

    /** How the pages and documents show a value: {@code 1.234,5}. */
    public static String display(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(VIETNAMESE));
        return format.format(value);
    }

    /** The form a value is put back into an input field with. */
    public static String input(BigDecimal value) {
        return display(value);
    }
}
