package vn.thidua.scoring;

import java.math.BigDecimal;

/** The fields of a criteria-table node as an administrator enters them. Parameters not used by the kind are ignored. */
public record NodeCommand(NodeType nodeType, String code, String description, BigDecimal maxPoints,
                          CriterionKind kind, BigDecimal minPoints, BigDecimal pointsPerOccurrence,
                          BigDecimal targetShare, String scoringGuide, boolean evidenceRequired, Integer sortOrder) {
}
