package vn.thidua.common;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates one way everywhere: Vietnamese {@code 1.234,56}, English {@code 1,234.56}, a true minus sign
 * ({@code −2}), dates as dd/MM/yyyy and moments in Vietnam's time. Templates reach it as {@code @num} and read the
 * request's language; code that writes files passes the language itself.
 */
@Component("num")
public class DisplayFormat {

    /** The zone every moment is shown in. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
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
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
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
