package vn.thidua.scoring;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A node of a criteria table: a group or sub-group, a criterion, or a section of bonus points or deductions. Codes
 * such as "I", "I.1", "I.1.a" are unique within the table. Criteria carry their kind and its parameters.
 */
@Entity
@Table(name = "criterion_node")
public class CriterionNode {

    static final int PLEDGE_TARGET_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "table_id")
    private CriteriaTable table;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private CriterionNode parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "node_type", nullable = false)
    private NodeType nodeType;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String description;

    @Column(name = "max_points", nullable = false)
    private BigDecimal maxPoints;

    @Enumerated(EnumType.STRING)
    private CriterionKind kind;

    @Column(name = "min_points")
    private BigDecimal minPoints;

    @Column(name = "points_per_occurrence")
    private BigDecimal pointsPerOccurrence;

    @Column(name = "target_share")
    private BigDecimal targetShare;

    @Column(name = "scoring_guide")
    private String scoringGuide;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "pledge_target")
    private String pledgeTarget;

    @Version
    private long version;

    protected CriterionNode() {}

    public CriterionNode(CriteriaTable table, CriterionNode parent, NodeCommand command) {
        table.requireEditable();
        this.table = table;
        placeUnder(parent, command.nodeType());
        describe(command);
    }

    /** A copy of this node in another table, under the copy of its parent. */
    public CriterionNode copyInto(CriteriaTable otherTable, CriterionNode copiedParent) {
        return new CriterionNode(otherTable, copiedParent, toCommand());
    }

    public NodeCommand toCommand() {
        return new NodeCommand(
                nodeType,
                code,
                description,
                maxPoints,
                kind,
                minPoints,
                pointsPerOccurrence,
                targetShare,
                scoringGuide,
                evidenceRequired,
                sortOrder,
                pledgeTarget);
    }

    public void describe(NodeCommand command) {
        table.requireEditable();
        if (command.nodeType() == null) {
            throw new ScoringException("scoring.node.typeRequired");
        }
        if (nodeType != null && nodeType != command.nodeType()) {
            placeUnder(parent, command.nodeType());
        }
        String newCode = command.code() == null ? "" : command.code().trim();
        if (newCode.isEmpty()) {
            throw new ScoringException("scoring.node.codeRequired");
        }
        if (command.description() == null || command.description().isBlank()) {
            throw new ScoringException("scoring.node.descriptionRequired", newCode);
        }
        if (command.maxPoints() == null || command.maxPoints().signum() < 0) {
            throw new ScoringException("scoring.node.maxInvalid", newCode);
        }
        this.nodeType = command.nodeType();
        this.code = newCode;
        this.description = command.description().trim();
        this.maxPoints = scaled(command.maxPoints());
        this.scoringGuide =
                command.scoringGuide() == null || command.scoringGuide().isBlank()
                        ? null
                        : command.scoringGuide().trim();
        this.evidenceRequired = command.evidenceRequired();
        this.sortOrder = command.sortOrder() == null ? 0 : command.sortOrder();
        this.kind = null;
        this.minPoints = null;
        this.pointsPerOccurrence = null;
        this.targetShare = null;
        this.pledgeTarget = null;
        if (nodeType == NodeType.CRITERION) {
            describeKind(command);
        }
    }

    private void describeKind(NodeCommand command) {
        if (command.kind() == null) {
            throw new ScoringException("scoring.node.kindRequired", code);
        }
        this.kind = command.kind();
        switch (kind) {
            case MANUAL -> {
                BigDecimal min = command.minPoints() == null ? BigDecimal.ZERO : command.minPoints();
                if (min.signum() < 0 || min.compareTo(maxPoints) > 0) {
                    throw new ScoringException("scoring.node.minInvalid", code);
                }
                this.minPoints = scaled(min);
            }
            case PER_OCCURRENCE -> {
                if (command.pointsPerOccurrence() == null
                        || command.pointsPerOccurrence().signum() <= 0) {
                    throw new ScoringException("scoring.node.perOccurrenceRequired", code);
                }
                this.pointsPerOccurrence = scaled(command.pointsPerOccurrence());
            }
            case FIGURE_AGAINST_TARGET -> {
                BigDecimal share =
                        command.targetShare() == null ? CriterionRule.DEFAULT_TARGET_SHARE : command.targetShare();
                if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                    throw new ScoringException("scoring.node.shareInvalid", code);
                }
                this.targetShare = share.setScale(4, RoundingMode.HALF_UP);
                String target = command.pledgeTarget() == null
                        ? ""
                        : command.pledgeTarget().strip().replaceAll("\\s+", " ");
                if (target.length() > PLEDGE_TARGET_MAX) {
                    throw new ScoringException("scoring.node.pledgeTargetTooLong", code, PLEDGE_TARGET_MAX);
                }
                this.pledgeTarget = target.isEmpty() ? null : target;
            }
            case PASS_FAIL -> {
                // All or nothing: no parameter.
            }
        }
    }

    private void placeUnder(CriterionNode newParent, NodeType type) {
        if (newParent != null) {
            if (!sameTable(newParent.table, table)) {
                throw new ScoringException("scoring.node.parentOtherTable");
            }
            if (!newParent.nodeType.holdsChildren()) {
                throw new ScoringException("scoring.node.parentIsCriterion", newParent.code);
            }
            if (type != null && type.isSection()) {
                throw new ScoringException("scoring.node.sectionAtTop");
            }
            if (newParent.nodeType.isSection() && type != NodeType.CRITERION) {
                throw new ScoringException("scoring.node.sectionHoldsCriteria", newParent.code);
            }
        }
        this.parent = newParent;
    }

    private static boolean sameTable(CriteriaTable a, CriteriaTable b) {
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }

    public CriterionRule rule() {
        if (kind == null) {
            throw new IllegalStateException(code + " is not a criterion");
        }
        return new CriterionRule(code, kind, maxPoints, minPoints, pointsPerOccurrence, targetShare);
    }

    /** The key that identifies the node within its table: codes are unique ignoring case. */
    public String key() {
        return key(code);
    }

    public static String key(String code) {
        return code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", nodeType);
        state.put("code", code);
        state.put("description", description);
        state.put("maxPoints", maxPoints);
        state.put("kind", kind);
        state.put("minPoints", minPoints);
        state.put("pointsPerOccurrence", pointsPerOccurrence);
        state.put("targetShare", targetShare);
        state.put("evidenceRequired", evidenceRequired);
        state.put("pledgeTarget", pledgeTarget);
        state.put("parent", parent == null ? null : parent.getCode());
        return state;
    }

    public Long getId() {
        return id;
    }

    public CriteriaTable getTable() {
        return table;
    }

    public CriterionNode getParent() {
        return parent;
    }

    public NodeType getNodeType() {
        return nodeType;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public BigDecimal getMinPoints() {
        return minPoints;
    }

    public BigDecimal getPointsPerOccurrence() {
        return pointsPerOccurrence;
    }

    public BigDecimal getTargetShare() {
        return targetShare;
    }

    public String getScoringGuide() {
        return scoringGuide;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** The name of the pledge target this figure criterion measures, if linked. */
    public String getPledgeTarget() {
        return pledgeTarget;
    }

    /** Whether this criterion measures the pledge target of that name (compared as {@link ResultRules#sameTarget}). */
    public boolean measures(String targetName) {
        return pledgeTarget != null && ResultRules.sameTarget(pledgeTarget, targetName);
    }

    public long getVersion() {
        return version;
    }

    public boolean isCriterion() {
        return nodeType == NodeType.CRITERION;
    }
}
