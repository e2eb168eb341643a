package vn.thidua.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A body that competes in clusters. Once used it is retired, never deleted, so its history stays readable. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organizer_id", nullable = false)
    private Long organizerId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Column(name = "retirement_reason")
    private String retirementReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Unit successor;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(Long organizerId, String code, String name, String shortName, UnitLevel level) {
        this.organizerId = organizerId;
        describe(code, name, shortName, level);
    }

    public void describe(String newCode, String newName, String newShortName, UnitLevel newLevel) {
        requireActive();
        this.code = newCode.trim();
        this.name = newName.trim();
        this.shortName = newShortName.trim();
        this.level = newLevel;
    }

    public void placeUnder(Unit newParent) {
        requireActive();
        if (newParent != null) {
            if (newParent == this || (id != null && id.equals(newParent.getId()))) {
                throw new OrganizationException("unit.parent.self");
            }
            if (!newParent.organizerId.equals(organizerId)) {
                throw new OrganizationException("unit.parent.otherOrganizer");
            }
        }
        this.parent = newParent;
    }

    public void retire(LocalDate on, String reason) {
        requireActive();
        if (on == null) {
            throw new OrganizationException("unit.retire.dateRequired");
        }
        this.retiredOn = on;
        this.retirementReason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    /** Retires this unit into {@code into}, which carries on its work and its award history. */
    public void mergeInto(Unit into, LocalDate on, String reason) {
        if (into == null) {
            throw new OrganizationException("unit.merge.successorRequired");
        }
        if (into == this || (id != null && id.equals(into.getId()))) {
            throw new OrganizationException("unit.merge.self");
        }
        if (into.isRetired()) {
            throw new OrganizationException("unit.merge.successorRetired", into.getName());
        }
        if (!into.organizerId.equals(organizerId)) {
            throw new OrganizationException("unit.parent.otherOrganizer");
        }
        retire(on, reason);
        this.successor = into;
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    private void requireActive() {
        if (isRetired()) {
            throw new OrganizationException("unit.retired", name);
        }
    }

    /** The fields an audit record shows for this unit. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("shortName", shortName);
        state.put("level", level);
        state.put("parentId", parent == null ? null : parent.getId());
        state.put("retiredOn", retiredOn);
        state.put("retirementReason", retirementReason);
        state.put("successorId", successor == null ? null : successor.getId());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public Unit getParent() {
        return parent;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public String getRetirementReason() {
        return retirementReason;
    }

    public Unit getSuccessor() {
        return successor;
    }

    public long getVersion() {
        return version;
    }
}
