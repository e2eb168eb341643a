package vn.thidua.award.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import vn.thidua.award.minutes.Attendance;
import vn.thidua.award.minutes.MinutesDetails;
import vn.thidua.award.minutes.VoteMinutes;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.TextInput;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;

/**
 * What the head typed about the meeting, kept as typed (dates and times as text) so that a refused form shows it
 * again. Attendance is keyed by the member's unit id: {@code present[12]} is ticked for a present member,
 * {@code reason[12]} holds an absent member's reason.
 */
public class MinutesForm {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private Long version;
    private String meetingDate;
    private String meetingTime;
    private String place;
    private String chairName;
    private String chairTitle;
    private String secretaryName;
    private String secretaryTitle;
    private String countingTeam;
    private String otherContent;
    private Map<String, String> present = new LinkedHashMap<>();
    private Map<String, String> reason = new LinkedHashMap<>();

    /** The form of minutes not entered yet: every member ticked present. */
    static MinutesForm blank(ClusterYear year) {
        MinutesForm form = new MinutesForm();
        year.members().forEach(m -> form.present.put(Long.toString(m.unitId()), "true"));
        return form;
    }

    static MinutesForm of(VoteMinutes minutes, ClusterYear year) {
        MinutesForm form = new MinutesForm();
        form.version = minutes.getVersion();
        form.meetingDate = DisplayFormat.DATE.format(minutes.getMeetingDate());
        form.meetingTime = String.format(
                "%02d:%02d",
                minutes.getMeetingTime().getHour(), minutes.getMeetingTime().getMinute());
        form.place = minutes.getPlace();
        form.chairName = minutes.getChairName();
        form.chairTitle = minutes.getChairTitle();
        form.secretaryName = minutes.getSecretaryName();
        form.secretaryTitle = minutes.getSecretaryTitle();
        form.countingTeam = minutes.getCountingTeam();
        form.otherContent = minutes.getOtherContent();
        for (ClusterYearMember member : year.members()) {
            String key = Long.toString(member.unitId());
            minutes.attendanceOf(member.unitId()).ifPresent(a -> {
                if (a.isPresent()) {
                    form.present.put(key, "true");
                } else if (a.getAbsenceReason() != null) {
                    form.reason.put(key, a.getAbsenceReason());
                }
            });
        }
        return form;
    }

    /** Whether the member is ticked present. */
    public boolean isPresent(long unitId) {
        return "true".equals(present.get(Long.toString(unitId)));
    }

    public String reasonOf(long unitId) {
        return reason.get(Long.toString(unitId));
    }

    /** The details, when every field may be kept; otherwise each problem beside its field and {@code null}. */
    MinutesDetails toDetails(ClusterYear year, LocalDate today, Errors errors) {
        LocalDate date = null;
        if (meetingDate == null || meetingDate.isBlank()) {
            errors.rejectValue("meetingDate", "minutes.field.required");
        } else if (meetingDate.length() > 20) {
            errors.rejectValue("meetingDate", "minutes.meetingDate.invalid");
        } else {
            try {
                date = DisplayFormat.parseDate(meetingDate);
                if (date.getYear() < year.year() || date.isAfter(today)) {
                    errors.rejectValue(
                            "meetingDate",
                            "minutes.meetingDate.range",
                            new Object[] {Integer.toString(year.year()), DisplayFormat.DATE.format(today)},
                            null);
                    date = null;
                }
            } catch (DateTimeParseException e) {
                errors.rejectValue("meetingDate", "minutes.meetingDate.invalid");
            }
        }
        LocalTime time = null;
        if (meetingTime == null || meetingTime.isBlank()) {
            errors.rejectValue("meetingTime", "minutes.field.required");
        } else if (meetingTime.length() > 10) {
            errors.rejectValue("meetingTime", "minutes.meetingTime.invalid");
        } else {
            try {
                time = LocalTime.parse(meetingTime.strip(), TIME);
            } catch (DateTimeParseException e) {
                errors.rejectValue("meetingTime", "minutes.meetingTime.invalid");
            }
        }
        required(errors, "place", place, MinutesDetails.PLACE);
        required(errors, "chairName", chairName, MinutesDetails.NAME);
        required(errors, "chairTitle", chairTitle, MinutesDetails.TITLE);
        required(errors, "secretaryName", secretaryName, MinutesDetails.NAME);
        required(errors, "secretaryTitle", secretaryTitle, MinutesDetails.TITLE);
        TextInput.check(errors, "countingTeam", countingTeam, MinutesDetails.COUNTING_TEAM, true);
        TextInput.check(errors, "otherContent", otherContent, MinutesDetails.OTHER_CONTENT, true);
        List<Attendance> attendance = new ArrayList<>();
        for (ClusterYearMember member : year.members()) {
            boolean here = isPresent(member.unitId());
            String why = here ? null : reasonOf(member.unitId());
            if (why != null
                    && !TextInput.check(errors, "reason[" + member.unitId() + "]", why, MinutesDetails.REASON, false)) {
                why = null;
            }
            attendance.add(new Attendance(member.unitId(), here, why));
        }
        if (attendance.stream().noneMatch(Attendance::isPresent)) {
            errors.reject("minutes.attendance.nobodyPresent");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new MinutesDetails(
                date,
                time,
                place,
                chairName,
                chairTitle,
                secretaryName,
                secretaryTitle,
                attendance,
                countingTeam,
                otherContent);
    }

    private static void required(Errors errors, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "minutes.field.required");
        } else {
            TextInput.check(errors, field, text, max, false);
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(String meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMeetingTime() {
        return meetingTime;
    }

    public void setMeetingTime(String meetingTime) {
        this.meetingTime = meetingTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getChairName() {
        return chairName;
    }

    public void setChairName(String chairName) {
        this.chairName = chairName;
    }

    public String getChairTitle() {
        return chairTitle;
    }

    public void setChairTitle(String chairTitle) {
        this.chairTitle = chairTitle;
    }

    public String getSecretaryName() {
        return secretaryName;
    }

    public void setSecretaryName(String secretaryName) {
        this.secretaryName = secretaryName;
    }

    public String getSecretaryTitle() {
        return secretaryTitle;
    }

    public void setSecretaryTitle(String secretaryTitle) {
        this.secretaryTitle = secretaryTitle;
    }

    public String getCountingTeam() {
        return countingTeam;
    }

    public void setCountingTeam(String countingTeam) {
        this.countingTeam = countingTeam;
    }

    public String getOtherContent() {
        return otherContent;
    }

    public void setOtherContent(String otherContent) {
        this.otherContent = otherContent;
    }

    public Map<String, String> getPresent() {
        return present;
    }

    public void setPresent(Map<String, String> present) {
        this.present = present;
    }

    public Map<String, String> getReason() {
        return reason;
    }

    public void setReason(Map<String, String> reason) {
        this.reason = reason;
    }
}
