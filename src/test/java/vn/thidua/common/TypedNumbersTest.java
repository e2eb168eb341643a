package vn.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One reading of typed numbers, by the reader's language. */
class TypedNumbersTest {

    private static final Locale VI = DisplayFormat.VIETNAMESE;
    private static final Locale EN = Locale.ENGLISH;

    private static BigDecimal read(String text, Locale locale) {
        return DisplayFormat.parseNumber(text, locale);
    }

    @Test
    void eachLanguageReadsItsOwnForm() {
        assertThat(read("1.234,5", VI)).isEqualByComparingTo("1234.5");
        assertThat(read("1,234.5", EN)).isEqualByComparingTo("1234.5");
        assertThat(read("1.234", VI)).isEqualByComparingTo("1234");
        assertThat(read("1,234", EN)).isEqualByComparingTo("1234");
        assertThat(read("1.000.000", VI)).isEqualByComparingTo("1000000");
        assertThat(read("1,000,000", EN)).isEqualByComparingTo("1000000");
        assertThat(read("1 234,5", VI)).isEqualByComparingTo("1234.5");
        assertThat(read("1\u00a0234.5", EN)).isEqualByComparingTo("1234.5");
    }

    @Test
    void aMarkThatCannotGroupThousandsMarksTheDecimals() {
        assertThat(read("7,5", VI)).isEqualByComparingTo("7.5");
        assertThat(read("7.5", VI)).isEqualByComparingTo("7.5");
        assertThat(read("7.5", EN)).isEqualByComparingTo("7.5");
        assertThat(read("7,5", EN)).isEqualByComparingTo("7.5");
        assertThat(read("0,125", EN)).isEqualByComparingTo("0.125");
        assertThat(read("1.234", EN)).isEqualByComparingTo("1.234");
        assertThat(read("1,234", VI)).isEqualByComparingTo("1.234");
    }

    @Test
    void aFigureCopiedFromTheOtherLanguageIsReadAsItIs() {
        assertThat(read("1,234.5", VI)).isEqualByComparingTo("1234.5");
        assertThat(read("1.234,5", EN)).isEqualByComparingTo("1234.5");
    }

    @Test
    void signsAndEmptiness() {
        assertThat(read("-2,5", VI)).isEqualByComparingTo("-2.5");
        assertThat(read("\u22122", VI)).isEqualByComparingTo("-2");
        assertThat(read("", VI)).isNull();
        assertThat(read("   ", EN)).isNull();
        assertThat(read(null, EN)).isNull();
    }

    @Test
    void whatIsNotANumberIsRefused() {
        for (Locale locale : new Locale[] {VI, EN}) {
            for (String text : new String[] {"mười", "1e9", "1E5", "12,3,4", "1.2.3", "1,2.3,4", "--1", "1-", "7,5%"}) {
                assertThatThrownBy(() -> read(text, locale))
                        .as(text + " in " + locale)
                        .isInstanceOf(NumberFormatException.class);
            }
            assertThatThrownBy(() -> read("9".repeat(41), locale)).isInstanceOf(NumberFormatException.class);
        }
        assertThat(read("9".repeat(40), VI)).isEqualByComparingTo("9".repeat(40));
    }

    @Test
    void whatIsShownForInputReadsBackTheSame() {
        BigDecimal value = new BigDecimal("1234.5678");
        for (Locale locale : new Locale[] {VI, EN}) {
            assertThat(read(DisplayFormat.input(value, locale), locale)).isEqualByComparingTo(value);
            assertThat(read(DisplayFormat.figure(value, locale), locale)).isEqualByComparingTo(value);
        }
    }
}
