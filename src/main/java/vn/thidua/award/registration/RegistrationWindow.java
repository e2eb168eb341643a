package vn.thidua.award.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Until when (that day included, in Vietnam) an organiser's member units may register for a year. */
@Entity
@Table(name = "award_registration_window")
@IdClass(RegistrationWindow.Key.class)
public class RegistrationWindow {

    @Id
    @Column(name = "organizer_id")
    private Long organizerId;

    @Id
    private Integer year;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Version
    private long version;

    protected RegistrationWindow() {}

    RegistrationWindow(long organizerId, int year, LocalDate closesOn) {
        this.organizerId = organizerId;
        this.year = year;
        this.closesOn = closesOn;
    }

    void closeOn(LocalDate date) {
        this.closesOn = date;
    }

    /** Whether registering is still open on this day. */
    public boolean isOpenOn(LocalDate today) {
        return !today.isAfter(closesOn);
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public Integer getYear() {
        return year;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public long getVersion() {
        return version;
    }

    /** The window's key: the organiser and the year. */
    public static class Key implements Serializable {
        private Long organizerId;
        private Integer year;

        public Key() {}

        public Key(Long organizerId, Integer year) {
            this.organizerId = organizerId;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organizerId, k.organizerId) && Objects.equals(year, k.year);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizerId, year);
        }
    }
}
