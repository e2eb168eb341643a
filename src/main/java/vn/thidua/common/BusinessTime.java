package vn.thidua.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;

/**
 * The work happens in Vietnam: "today", deadlines and the times shown are read in its time zone, whatever the
 * server's. "Now" always comes from the application's {@link Clock}, so that tests can fix it.
 */
public final class BusinessTime {

    /** The one business time zone, by name for annotations such as a schedule's. */
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private BusinessTime() {}

    /** Today's date in Vietnam by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** This year in Vietnam by the given clock. */
    public static int year(Clock clock) {
        return Year.from(today(clock)).getValue();
    }

    /** A moment as Vietnam's wall-clock time; {@code null} for none. */
    public static LocalDateTime localDateTime(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The date in Vietnam of a moment; {@code null} for none. */
    public static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }

    /** Vietnam's wall-clock time as a moment. */
    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }
}
