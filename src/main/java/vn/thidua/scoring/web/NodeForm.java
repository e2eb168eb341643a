package vn.thidua.scoring.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.scoring.CriterionKind;
import vn.thidua.scoring.CriterionNode;
import vn.thidua.scoring.NodeCommand;
import vn.thidua.scoring.NodeType;

import java.math.BigDecimal;

/** The form of one node of a criteria table. */
public class NodeForm {

    private Long parentId;

    @NotNull(message = "{scoring.node.typeRequired}")
    private NodeType nodeType = NodeType.CRITERION;

    @NotBlank(message = "{scoring.node.codeRequired}")
    @Size(max = 30)
    private String code;

    @NotBlank(message = "{scoring.node.descriptionRequired}")
    @Size(max = 2000)
    private String description;

    @NotNull(message = "{scoring.node.maxInvalid}")
    @DecimalMin(value = "0", message = "{scoring.node.maxInvalid}")
    private BigDecimal maxPoints;

    private CriterionKind kind = CriterionKind.MANUAL;
    private BigDecimal minPoints;
    private BigDecimal pointsPerOccurrence;
    private BigDecimal targetShare;

    @Size(max = 4000)
    private String scoringGuide;

    private boolean evidenceRequired;
    private Integer sortOrder;

    @Size(max = 500, message = "{scoring.node.pledgeTargetTooLong.form}")
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
        return new NodeCommand(nodeType, code, description, maxPoints, nodeType == NodeType.CRITERION ? kind : null,
                minPoints, pointsPerOccurrence, targetShare, scoringGuide, evidenceRequired, sortOrder,
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
