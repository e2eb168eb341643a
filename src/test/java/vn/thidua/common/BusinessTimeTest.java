package vn.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BusinessTimeTest {

    /** 18:30 on 31/12/2025 in London is already 01:30 on 01/01/2026 in Vietnam. */
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2025-12-31T18:30:00Z"), ZoneOffset.UTC);

    @Test
    void todayIsVietnamsWhateverTheClocksZone() {
        assertThat(BusinessTime.today(LATE_EVENING_UTC)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(BusinessTime.year(LATE_EVENING_UTC)).isEqualTo(2026);
    }

    @Test
    void momentsReadAsVietnamsWallClock() {
        Instant moment = LATE_EVENING_UTC.instant();
        assertThat(BusinessTime.localDateTime(moment)).isEqualTo(LocalDateTime.of(2026, 1, 1, 1, 30));
        assertThat(BusinessTime.date(moment)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(BusinessTime.instant(LocalDateTime.of(2026, 1, 1, 1, 30))).isEqualTo(moment);
        assertThat(BusinessTime.localDateTime(null)).isNull();
        assertThat(DisplayFormat.DATE_TIME.format(moment.atZone(BusinessTime.ZONE)))
                .isEqualTo("01/01/2026 01:30");
    }
}
