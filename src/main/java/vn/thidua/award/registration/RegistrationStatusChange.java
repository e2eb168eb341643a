package vn.thidua.award.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.thidua.common.StatusChange;

/** One registration or withdrawal, kept for good. */
@Entity
@Immutable
@Table(name = "award_registration_history")
public class RegistrationStatusChange extends StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @Column(name = "term_id", nullable = false, updatable = false)
    private Long clusterYearId;

    protected RegistrationStatusChange() {}

    RegistrationStatusChange(
            Registration registration, RegistrationStatus from, RegistrationStatus to, String actor, Instant at) {
        super(from, to, actor, at, null);
        this.registration = registration;
        this.clusterYearId = registration.getClusterYearId();
    }

    public Long getId() {
        return id;
    }

    public String toKey() {
        return RegistrationStatus.valueOf(getToStatus()).messageKey();
    }
}
