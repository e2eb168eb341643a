package vn.thidua.award.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One member unit at the meeting: present, or absent with the reason given (if any). */
@Embeddable
public class Attendance {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "absence_reason")
    private String absenceReason;

    protected Attendance() {}

    public Attendance(long unitId, boolean present, String absenceReason) {
        this.unitId = unitId;
        this.present = present;
        this.absenceReason = present || absenceReason == null || absenceReason.isBlank() ? null : absenceReason.trim();
    }

    public long getUnitId() {
        return unitId;
    }

    public boolean isPresent() {
        return present;
    }

    public String getAbsenceReason() {
        return absenceReason;
    }
}
