package vn.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void numbersReadTheWayEachLanguageWritesThem() {
        assertThat(DisplayFormat.number(new BigDecimal("1234.56"), VI)).isEqualTo("1.234,56");
        assertThat(DisplayFormat.number(new BigDecimal("1234.56"), Locale.ENGLISH))
                .isEqualTo("1,234.56");
        assertThat(DisplayFormat.number(new BigDecimal("52.50"), VI)).isEqualTo("52,5");
        assertThat(DisplayFormat.number(new BigDecimal("10.00"), VI)).isEqualTo("10");
        assertThat(DisplayFormat.number(new BigDecimal("-160"), VI)).isEqualTo("−160");
        assertThat(DisplayFormat.figure(new BigDecimal("0.1234"), VI)).isEqualTo("0,1234");
        assertThat(DisplayFormat.input(new BigDecimal("0.50"), VI)).isEqualTo("0,5");
        assertThat(DisplayFormat.input(new BigDecimal("0.50"), Locale.ENGLISH)).isEqualTo("0.5");
        assertThat(DisplayFormat.number(null, VI)).isEmpty();
    }

    @Test
    void datesAreTypedAsDayMonthYear() {
        assertThat(DisplayFormat.parseDate("31/12/2021")).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(DisplayFormat.parseDate(" 1/7/2025 ")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(DisplayFormat.parseDate("2025-07-01")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(DisplayFormat.parseDate("")).isNull();
        assertThatThrownBy(() -> DisplayFormat.parseDate("31/02/2021")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DisplayFormat.parseDate("12/31/2021")).isInstanceOf(DateTimeParseException.class);
        assertThat(new DisplayFormat().date(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
    }
}
