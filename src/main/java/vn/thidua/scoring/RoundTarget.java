package vn.thidua.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The target of a figure criterion in a round, set by an administrator: for every unit ({@code unitId} null) or for
 * one unit. The unit cannot change it; see {@link RoundTargetService} for which target applies.
 */
@Entity
@Table(name = "round_target")
public class RoundTarget {

    /** Largest target stored (numeric(14,2)). */
    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "node_id", nullable = false, updatable = false)
    private Long nodeId;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(nullable = false)
    private BigDecimal target;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RoundTarget() {}

    RoundTarget(long roundId, long nodeId, Long unitId) {
        this.roundId = roundId;
        this.nodeId = nodeId;
        this.unitId = unitId;
    }

    void set(BigDecimal value, String code, String actor, Instant now) {
        this.target = checked(value, code);
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    /** A target is above zero, at most two decimals and within what is stored. */
    static BigDecimal checked(BigDecimal value, String code) {
        if (value == null || value.signum() <= 0) {
            throw new ScoringException("scoring.targets.positive", code);
        }
        if (value.compareTo(MAX) > 0 || Math.max(value.stripTrailingZeros().scale(), 0) > 2) {
            throw new ScoringException("scoring.targets.precision", code);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getNodeId() {
        return nodeId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public BigDecimal getTarget() {
        return target;
    }
}
