package vn.thidua.scoring;

import java.math.BigDecimal;

/**
 * The fields of a criteria-table node as an administrator enters them. Parameters not used by the kind are ignored.
 * {@code pledgeTarget} names the pledge target a figure criterion measures (optional).
 */
public record NodeCommand(
        NodeType nodeType,
        String code,
        String description,
        BigDecimal maxPoints,
        CriterionKind kind,
        BigDecimal minPoints,
        BigDecimal pointsPerOccurrence,
        BigDecimal targetShare,
        String scoringGuide,
        boolean evidenceRequired,
        Integer sortOrder,
        String pledgeTarget) {

    /** A node without a link to a pledge target. */
    public NodeCommand(
            NodeType nodeType,
            String code,
            String description,
            BigDecimal maxPoints,
            CriterionKind kind,
            BigDecimal minPoints,
            BigDecimal pointsPerOccurrence,
            BigDecimal targetShare,
            String scoringGuide,
            boolean evidenceRequired,
            Integer sortOrder) {
        this(
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
                null);
    }
}
