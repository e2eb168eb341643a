package vn.thidua.award.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

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

    @Version
    private long version;

    protected Registration() {}

    public Registration(long clusterYearId, long unitId, long awardTypeId, String by, Instant at) {
        this.clusterYearId = clusterYearId;
        this.unitId = unitId;
        this.awardTypeId = awardTypeId;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    public void withdraw(String by, Instant at) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public void renew(String by, Instant at) {
        this.registeredBy = by;
        this.registeredAt = at;
        this.withdrawnBy = null;
        this.withdrawnAt = null;
    }

    public boolean isActive() {
        return withdrawnAt == null;
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
