package vn.thidua.scoring.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.thidua.common.PlainText;
import vn.thidua.scoring.CriterionKind;
import vn.thidua.scoring.CriterionNode;
import vn.thidua.scoring.NodeCommand;
import vn.thidua.scoring.NodeType;

/** The form of one node of a criteria table. */
public class NodeForm {

    /** The largest number of points the database keeps (numeric(8, 2)). */
    static final String POINTS_MAX = "999999.99";

    private Long parentId;

    @NotNull(message = "{scoring.node.typeRequired}")
    private NodeType nodeType = NodeType.CRITERION;

    @NotBlank(message = "{scoring.node.codeRequired}")
    @Size(max = 30, message = "{input.text.size}")
    @PlainText
    private String code;

    @NotBlank(message = "{scoring.node.descriptionRequired}")
    @Size(max = 2000, message = "{input.text.size}")
    @PlainText(multiLine = true)
    private String description;

    @NotNull(message = "{scoring.node.maxInvalid}")
    @DecimalMin(value = "0", message = "{scoring.node.maxInvalid}")
    @DecimalMax(value = POINTS_MAX, message = "{scoring.points.range}")
    @Digits(integer = 6, fraction = 2, message = "{scoring.points.range}")
    private BigDecimal maxPoints;

    private CriterionKind kind = CriterionKind.MANUAL;

    @DecimalMax(value = POINTS_MAX, message = "{scoring.points.range}")
    @Digits(integer = 6, fraction = 2, message = "{scoring.points.range}")
    private BigDecimal minPoints;

    @DecimalMax(value = POINTS_MAX, message = "{scoring.points.range}")
    @Digits(integer = 6, fraction = 2, message = "{scoring.points.range}")
    private BigDecimal pointsPerOccurrence;

    @DecimalMax(value = "1", message = "{scoring.node.shareRange}")
    @Digits(integer = 1, fraction = 4, message = "{scoring.node.shareRange}")
    private BigDecimal targetShare;

    @Size(max = 4000, message = "{input.text.size}")
    @PlainText(multiLine = true)
    private String scoringGuide;

    private boolean evidenceRequired;

    @Min(value = -100_000, message = "{scoring.node.sortOrderRange}")
    @Max(value = 100_000, message = "{scoring.node.sortOrderRange}")
    private Integer sortOrder;

    @Size(max = 500, message = "{scoring.node.pledgeTargetTooLong.form}")
    @PlainText
    private String pledgeTarget;

    private long version;

    static NodeForm of(CriterionNode node) {
        NodeForm form = new NodeForm();
        form.parentId = node.getParent() == null ? null : node.getParent().getId();
        form.nodeType = node.getNodeType();
        form.code = node.getCode();
        form.description = node.getDescription();
        form.maxPoints = node.getMaxPoints();
        form.kind = node.getKind();
        form.minPoints = node.getMinPoints();
        form.pointsPerOccurrence = node.getPointsPerOccurrence();
        form.targetShare = node.getTargetShare();
        form.scoringGuide = node.getScoringGuide();
        form.evidenceRequired = node.isEvidenceRequired();
        form.sortOrder = node.getSortOrder();
        form.pledgeTarget = node.getPledgeTarget();
        form.version = node.getVersion();
        return form;
    }

    NodeCommand toCommand() {
        return new NodeCommand(
                nodeType,
                code,
                description,
                maxPoints,
                nodeType == NodeType.CRITERION ? kind : null,
                minPoints,
                pointsPerOccurrence,
                targetShare,
                scoringGuide,
                evidenceRequired,
                sortOrder,
                nodeType == NodeType.CRITERION && kind == CriterionKind.FIGURE_AGAINST_TARGET ? pledgeTarget : null);
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public NodeType getNodeType() {
        return nodeType;
    }

    public void setNodeType(NodeType nodeType) {
        this.nodeType = nodeType;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(BigDecimal maxPoints) {
        this.maxPoints = maxPoints;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public void setKind(CriterionKind kind) {
        this.kind = kind;
    }

    public BigDecimal getMinPoints() {
        return minPoints;
    }

    public void setMinPoints(BigDecimal minPoints) {
        this.minPoints = minPoints;
    }

    public BigDecimal getPointsPerOccurrence() {
        return pointsPerOccurrence;
    }

    public void setPointsPerOccurrence(BigDecimal pointsPerOccurrence) {
        this.pointsPerOccurrence = pointsPerOccurrence;
    }

    public BigDecimal getTargetShare() {
        return targetShare;
    }

    public void setTargetShare(BigDecimal targetShare) {
        this.targetShare = targetShare;
    }

    public String getScoringGuide() {
        return scoringGuide;
    }

    public void setScoringGuide(String scoringGuide) {
        this.scoringGuide = scoringGuide;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public void setEvidenceRequired(boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getPledgeTarget() {
        return pledgeTarget;
    }

    public void setPledgeTarget(String pledgeTarget) {
        this.pledgeTarget = pledgeTarget;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
