package vn.thidua.pledge;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A target (chỉ tiêu) of a pledge: a name, a unit of measure, and either one numeric target common to all members,
 * a value per member, or no number at all (a qualitative commitment).
 */
@Entity
@Table(name = "pledge_target")
public class PledgeTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pledge_id")
    private Pledge pledge;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PledgeField field;

    @Column(nullable = false)
    private String name;

    @Column(name = "unit_of_measure")
    private String unitOfMeasure;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pledge_target_value", joinColumns = @JoinColumn(name = "target_id"))
    @MapKeyColumn(name = "unit_id")
    @Column(name = "target_value", nullable = false)
    private Map<Long, BigDecimal> memberValues = new TreeMap<>();

    protected PledgeTarget() {}

    PledgeTarget(Pledge pledge, int position, TargetDraft draft) {
        this.pledge = pledge;
        this.position = position;
        this.field = draft.field();
        this.name = draft.name().strip();
        this.unitOfMeasure =
                draft.unitOfMeasure() == null || draft.unitOfMeasure().isBlank()
                        ? null
                        : draft.unitOfMeasure().strip();
        this.targetValue = draft.value();
        this.memberValues = new TreeMap<>(draft.memberValues());
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public PledgeField getField() {
        return field;
    }

    public String getName() {
        return name;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    /** Values set per member unit, by unit id, in a stable order. */
    public Map<Long, BigDecimal> getMemberValues() {
        return Collections.unmodifiableMap(new TreeMap<>(memberValues));
    }

    public boolean isPerMember() {
        return !memberValues.isEmpty();
    }

    /** The target a given member unit commits to: its own value, or the common one. */
    public Optional<BigDecimal> valueFor(long unitId) {
        if (isPerMember()) {
            return Optional.ofNullable(memberValues.get(unitId));
        }
        return Optional.ofNullable(targetValue);
    }

    public String getDisplayValue() {
        return PledgeNumbers.display(targetValue);
    }

    public String displayValueFor(long unitId) {
        return valueFor(unitId).map(PledgeNumbers::display).orElse("");
    }

    TargetDraft toDraft() {
        return new TargetDraft(field, name, unitOfMeasure, targetValue, new TreeMap<>(memberValues));
    }
}
