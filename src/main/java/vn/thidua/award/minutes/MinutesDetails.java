package vn.thidua.award.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the head enters about the meeting, already checked by the form. */
public record MinutesDetails(
        LocalDate meetingDate,
        LocalTime meetingTime,
        String place,
        String chairName,
        String chairTitle,
        String secretaryName,
        String secretaryTitle,
        List<Attendance> attendance,
        String countingTeam,
        String otherContent) {

    public static final int PLACE = 255;
    public static final int NAME = 100;
    public static final int TITLE = 150;
    public static final int REASON = 255;
    public static final int COUNTING_TEAM = 1000;
    public static final int OTHER_CONTENT = 4000;

    public MinutesDetails {
        attendance = List.copyOf(attendance);
    }
}
