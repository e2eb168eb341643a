package vn.thidua.award.registration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.DomainException;

/**
 * A member unit's registration (đăng ký thi đua) for an award type in its cluster-year. A withdrawn registration is
 * kept, with who withdrew it and when; registering again revives it.
 */
@Entity
@Table(name = "award_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_id", nullable = false)
    private Long clusterYearId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "award_type_id", nullable = false)
    private Long awardTypeId;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 100)
    private String registeredBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status = RegistrationStatus.REGISTERED;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<RegistrationStatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected Registration() {}

    public Registration(long clusterYearId, long unitId, long awardTypeId, String by, Instant at) {
        this.clusterYearId = clusterYearId;
        this.unitId = unitId;
        this.awardTypeId = awardTypeId;
        this.registeredBy = by;
        this.registeredAt = at;
        history.add(new RegistrationStatusChange(this, null, RegistrationStatus.REGISTERED, by, at));
    }

    /** Withdraws a standing registration; it is kept, with who withdrew it and when. */
    public void withdraw(String by, Instant at) {
        if (!isActive()) {
            throw new DomainException("registration.alreadyWithdrawn");
        }
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.status = RegistrationStatus.WITHDRAWN;
        history.add(new RegistrationStatusChange(
                this, RegistrationStatus.REGISTERED, RegistrationStatus.WITHDRAWN, by, at));
    }

    /** Registers a withdrawn registration again. */
    public void renew(String by, Instant at) {
        if (isActive()) {
            throw new DomainException("registration.alreadyRegistered");
        }
        this.registeredBy = by;
        this.registeredAt = at;
        this.withdrawnBy = null;
        this.withdrawnAt = null;
        this.status = RegistrationStatus.REGISTERED;
        history.add(new RegistrationStatusChange(
                this, RegistrationStatus.WITHDRAWN, RegistrationStatus.REGISTERED, by, at));
    }

    public boolean isActive() {
        return status == RegistrationStatus.REGISTERED;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public List<RegistrationStatusChange> getHistory() {
        return List.copyOf(history);
    }

    public Long getId() {
        return id;
    }

    public Long getClusterYearId() {
        return clusterYearId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public long getVersion() {
        return version;
    }
}
