package vn.thidua.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Pledges are signed in Vietnam: times are shown and dated in its time zone. */
public final class PledgeTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private PledgeTime() {
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    public static LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }
}
