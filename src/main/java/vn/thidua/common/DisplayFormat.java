package vn.thidua.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates one way everywhere: Vietnamese {@code 1.234,56}, English {@code 1,234.56}, a true minus sign
 * ({@code −2}), dates as dd/MM/yyyy and moments in Vietnam's time. Templates reach it as {@code @num} and read the
 * request's language; code that writes files passes the language itself.
 */
@Component("num")
public class DisplayFormat {

    /** The application's first language; typed numbers in files are read in it. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** To the second, where the order of events matters (the audit trail). */
    public static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final char MINUS = '\u2212';

    /** A score or an amount for reading: up to two decimals, grouped thousands; empty for none. */
    public String number(Number value) {
        return number(value, LocaleContextHolder.getLocale());
    }

    /** A figure measured against a target: up to four decimals, as targets are kept; empty for none. */
    public String figure(Number value) {
        return figure(value, LocaleContextHolder.getLocale());
    }

    /** A number for an input field: no grouping, the language's decimal mark, a plain hyphen for negatives. */
    public String input(Number value) {
        return input(value, LocaleContextHolder.getLocale());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment as dd/MM/yyyy HH:mm in Vietnam's time. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(BusinessTime.ZONE));
    }

    public String dateTime(LocalDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    /**
     * Reads a date typed as dd/mm/yyyy (one-digit day and month allowed; yyyy-mm-dd is also read, as browsers send
     * it). Empty gives {@code null}.
     *
     * @throws java.time.format.DateTimeParseException when it is not such a date
     */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value);
        }
        return LocalDate.parse(value, TYPED_DATE);
    }

    /** Longer than any number the application keeps; a longer text is not read as one. */
    private static final int MAX_NUMBER_LENGTH = 40;

    private static final java.util.regex.Pattern PLAIN =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /**
     * Reads a number as a person types it in the given language: Vietnamese {@code 1.234,5}, English {@code 1,234.5};
     * spaces between digits are ignored. Where both marks appear the last one marks the decimals, so a figure copied
     * from a report in the other language is read as it is. A lone mark is the language's thousands separator only
     * when it groups three digits after one to three others ({@code 1.234} in Vietnamese, {@code 1,234} in English);
     * otherwise it marks the decimals ({@code 7.5} and {@code 7,5} in either). Empty gives {@code null}. Exponents
     * ({@code 1e9}) are not read: nobody types them, and {@code 1e999999999} would be a number no page could print.
     *
     * @throws NumberFormatException when it is not a number
     */
    public static BigDecimal parseNumber(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip()
                .replace(" ", "")
                .replace("\u00a0", "")
                .replace("\u202f", "")
                .replace(MINUS, '-');
        if (cleaned.length() > MAX_NUMBER_LENGTH) {
            throw new NumberFormatException("too long");
        }
        char grouping = isVietnamese(locale) ? '.' : ',';
        int lastDot = cleaned.lastIndexOf('.');
        int lastComma = cleaned.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimalMark = lastDot > lastComma ? '.' : ',';
            char groupMark = decimalMark == '.' ? ',' : '.';
            if (cleaned.indexOf(decimalMark) != cleaned.lastIndexOf(decimalMark)) {
                throw new NumberFormatException(text);
            }
            plain = cleaned.replace(String.valueOf(groupMark), "").replace(decimalMark, '.');
        } else if (lastDot >= 0 || lastComma >= 0) {
            char mark = lastDot >= 0 ? '.' : ',';
            boolean several = cleaned.indexOf(mark) != cleaned.lastIndexOf(mark);
            String quoted = java.util.regex.Pattern.quote(String.valueOf(mark));
            if (several) {
                if (!cleaned.matches("[+-]?\\d{1,3}(" + quoted + "\\d{3})+")) {
                    throw new NumberFormatException(text);
                }
                plain = cleaned.replace(String.valueOf(mark), "");
            } else if (mark == grouping && cleaned.matches("[+-]?[1-9]\\d{0,2}" + quoted + "\\d{3}")) {
                plain = cleaned.replace(String.valueOf(mark), "");
            } else {
                plain = cleaned.replace(mark, '.');
            }
        } else {
            plain = cleaned;
        }
        if (!PLAIN.matcher(plain).matches()) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(plain);
    }

    public static String number(Number value, Locale locale) {
        return format(value, locale, 2);
    }

    public static String figure(Number value, Locale locale) {
        return format(value, locale, 4);
    }

    public static String input(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = decimal(value).stripTrailingZeros().toPlainString();
        return isVietnamese(locale) ? plain.replace('.', ',') : plain;
    }

    private static String format(Number value, Locale locale, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = new DecimalFormat("#,##0", symbols(locale));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String text = format.format(decimal(value));
        return text.startsWith("-") ? MINUS + text.substring(1) : text;
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean vietnamese = isVietnamese(locale);
        symbols.setDecimalSeparator(vietnamese ? ',' : '.');
        symbols.setGroupingSeparator(vietnamese ? '.' : ',');
        symbols.setMinusSign('-');
        return symbols;
    }

    private static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static boolean isVietnamese(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }
}
