package vn.thidua.organization.internal;

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
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.thidua.organization.UnitLevel;

/** A body that competes in clusters. Once used it is retired, never deleted, so its history stays readable. */
@Entity
@Table(name = "unit")
public class Unit {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 255;
    public static final int SHORT_NAME_MAX = 100;
    public static final int REASON_MAX = 500;
    /** Unaccented letters, digits and {@code . _ / -}: a code reads and compares the same in every file and link. */
    public static final String CODE_REGEX = "^[A-Za-z0-9._/-]+$";

    private static final Pattern CODE_PATTERN = Pattern.compile(CODE_REGEX);
    private static final int MAX_DEPTH = 50;

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

    protected Unit() {}

    public Unit(Long organizerId, String code, String name, String shortName, UnitLevel level) {
        this.organizerId = organizerId;
        describe(code, name, shortName, level);
    }

    /** Sets what the unit is called and its level; a retired unit keeps the name it had. */
    public void describe(String newCode, String newName, String newShortName, UnitLevel newLevel) {
        requireActive();
        String cleanCode = required(newCode, "unit.code.required", CODE_MAX, "unit.code.tooLong");
        if (!CODE_PATTERN.matcher(cleanCode).matches()) {
            throw new OrganizationException("unit.code.invalid");
        }
        String cleanName = required(newName, "unit.name.required", NAME_MAX, "unit.name.tooLong");
        String cleanShortName =
                required(newShortName, "unit.shortName.required", SHORT_NAME_MAX, "unit.shortName.tooLong");
        if (newLevel == null) {
            throw new OrganizationException("unit.level.required");
        }
        this.code = cleanCode;
        this.name = cleanName;
        this.shortName = cleanShortName;
        this.level = newLevel;
    }

    /**
     * Places the unit under {@code newParent}, of the same organiser. A retired unit cannot become a parent (one that
     * already was stays), and a unit cannot end up under itself, directly or through its parents.
     */
    public void placeUnder(Unit newParent) {
        requireActive();
        if (newParent != null) {
            if (isSameAs(newParent)) {
                throw new OrganizationException("unit.parent.self");
            }
            if (!newParent.getOrganizerId().equals(organizerId)) {
                throw new OrganizationException("unit.parent.otherOrganizer");
            }
            if (newParent.isRetired() && !newParent.isSameAs(parent)) {
                throw new OrganizationException("unit.parent.retired", newParent.getName());
            }
            int depth = 0;
            for (Unit ancestor = newParent.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
                if (isSameAs(ancestor) || ++depth > MAX_DEPTH) {
                    throw new OrganizationException("unit.parent.cycle");
                }
            }
        }
        this.parent = newParent;
    }

    /** Retires the unit on the given day: it stays readable with its history, but can no longer change. */
    public void retire(LocalDate on, String reason) {
        requireActive();
        if (on == null) {
            throw new OrganizationException("unit.retire.dateRequired");
        }
        if (on.getYear() < Organizer.FIRST_YEAR || on.getYear() > Organizer.LAST_YEAR) {
            throw new OrganizationException("unit.retire.dateInvalid", Organizer.FIRST_YEAR, Organizer.LAST_YEAR);
        }
        String cleanReason = reason == null || reason.isBlank() ? null : nfc(reason.trim());
        if (cleanReason != null && cleanReason.length() > REASON_MAX) {
            throw new OrganizationException("unit.retire.reasonTooLong", REASON_MAX);
        }
        this.retiredOn = on;
        this.retirementReason = cleanReason;
    }

    /** Retires this unit into {@code into}, which carries on its work and its award history. */
    public void mergeInto(Unit into, LocalDate on, String reason) {
        requireActive();
        if (into == null) {
            throw new OrganizationException("unit.merge.successorRequired");
        }
        if (isSameAs(into)) {
            throw new OrganizationException("unit.merge.self");
        }
        if (into.isRetired()) {
            throw new OrganizationException("unit.merge.successorRetired", into.getName());
        }
        if (!into.getOrganizerId().equals(organizerId)) {
            throw new OrganizationException("unit.parent.otherOrganizer");
        }
        retire(on, reason);
        this.successor = into;
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    public boolean isActive() {
        return !isRetired();
    }

    private void requireActive() {
        if (isRetired()) {
            throw new OrganizationException("unit.retired", name);
        }
    }

    private boolean isSameAs(Unit other) {
        return other != null && (other == this || (id != null && id.equals(other.getId())));
    }

    private static String required(String value, String requiredKey, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            throw new OrganizationException(requiredKey);
        }
        String clean = nfc(value.trim());
        if (clean.length() > max) {
            throw new OrganizationException(tooLongKey, max);
        }
        return clean;
    }

    /** Vietnamese text can arrive with decomposed accents (copied from some documents); it is stored composed. */
    static String nfc(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC);
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
