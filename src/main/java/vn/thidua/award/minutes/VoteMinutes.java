package vn.thidua.award.minutes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The minutes of the meeting that closed a cluster-year's vote: one per cluster-year. */
@Entity
@Table(name = "vote_minutes")
public class VoteMinutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_id", nullable = false, updatable = false)
    private Long clusterYearId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MinutesStatus status;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "meeting_time", nullable = false)
    private LocalTime meetingTime;

    @Column(nullable = false)
    private String place;

    @Column(name = "chair_name", nullable = false)
    private String chairName;

    @Column(name = "chair_title", nullable = false)
    private String chairTitle;

    @Column(name = "secretary_name", nullable = false)
    private String secretaryName;

    @Column(name = "secretary_title", nullable = false)
    private String secretaryTitle;

    @Column(name = "counting_team")
    private String countingTeam;

    @Column(name = "other_content")
    private String otherContent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vote_minutes_attendance", joinColumns = @JoinColumn(name = "minutes_id"))
    private List<Attendance> attendance = new ArrayList<>();

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected VoteMinutes() {}

    VoteMinutes(long clusterYearId) {
        this.clusterYearId = clusterYearId;
        this.status = MinutesStatus.DRAFT;
    }

    void record(MinutesDetails details, String actor, Instant at) {
        this.meetingDate = details.meetingDate();
        this.meetingTime = details.meetingTime();
        this.place = details.place().trim();
        this.chairName = details.chairName().trim();
        this.chairTitle = details.chairTitle().trim();
        this.secretaryName = details.secretaryName().trim();
        this.secretaryTitle = details.secretaryTitle().trim();
        this.countingTeam = blankToNull(details.countingTeam());
        this.otherContent = blankToNull(details.otherContent());
        this.attendance.clear();
        this.attendance.addAll(details.attendance());
        touch(actor, at);
    }

    /** The signed scan is uploaded (or replaced): the minutes are signed. Returns the status they had. */
    MinutesStatus sign(String actor, Instant at) {
        MinutesStatus before = status;
        this.status = MinutesStatus.SIGNED;
        touch(actor, at);
        return before;
    }

    private void touch(String actor, Instant at) {
        this.updatedBy = actor;
        this.updatedAt = at;
    }

    /** The values the audit trail records. */
    Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status.name());
        values.put("meetingDate", meetingDate == null ? null : meetingDate.toString());
        values.put("meetingTime", meetingTime == null ? null : meetingTime.toString());
        values.put("place", place);
        values.put("chairName", chairName);
        values.put("chairTitle", chairTitle);
        values.put("secretaryName", secretaryName);
        values.put("secretaryTitle", secretaryTitle);
        values.put("present", attendance.stream().filter(Attendance::isPresent).count());
        values.put("absent", attendance.stream().filter(a -> !a.isPresent()).count());
        values.put("countingTeam", countingTeam);
        values.put("otherContent", otherContent);
        return values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getClusterYearId() {
        return clusterYearId;
    }

    public MinutesStatus getStatus() {
        return status;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public LocalTime getMeetingTime() {
        return meetingTime;
    }

    public String getPlace() {
        return place;
    }

    public String getChairName() {
        return chairName;
    }

    public String getChairTitle() {
        return chairTitle;
    }

    public String getSecretaryName() {
        return secretaryName;
    }

    public String getSecretaryTitle() {
        return secretaryTitle;
    }

    public String getCountingTeam() {
        return countingTeam;
    }

    /** The counting team's names, one per line as typed. */
    public List<String> countingTeamNames() {
        return countingTeam == null
                ? List.of()
                : Arrays.stream(countingTeam.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public String getOtherContent() {
        return otherContent;
    }

    public List<Attendance> getAttendance() {
        return List.copyOf(attendance);
    }

    public Optional<Attendance> attendanceOf(long unitId) {
        return attendance.stream().filter(a -> a.getUnitId() == unitId).findFirst();
    }

    public Long getVersion() {
        return version;
    }
}
