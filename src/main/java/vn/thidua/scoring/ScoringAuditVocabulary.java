package vn.thidua.scoring;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/**
 * What the scoring feature records in the audit trail. A score sheet's values are keyed by criterion code: they read
 * as that criterion's score (or explanation).
 */
@Component
class ScoringAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return Arrays.stream(ScoringAuditAction.values())
                .map(ScoringAuditAction::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                CriteriaTableService.ENTITY,
                        AuditFields.of()
                                .text("name", "code", "description", "pledgeTarget", "parent")
                                .field("year", AuditField.whole())
                                .field("sourceYear", AuditField.whole())
                                .field("nodes", AuditField.whole())
                                .field("totalMax", AuditField.number())
                                .field(
                                        "status",
                                        AuditField.named(CriteriaTableStatus.values(), CriteriaTableStatus::messageKey))
                                .field("clusterIds", AuditField.reference("Cluster"))
                                .field("sourceId", AuditField.reference(CriteriaTableService.ENTITY))
                                .field("type", AuditField.named(NodeType.values(), NodeType::messageKey))
                                .field("kind", AuditField.named(CriterionKind.values(), CriterionKind::messageKey))
                                .field("maxPoints", AuditField.number())
                                .field("minPoints", AuditField.number())
                                .field("pointsPerOccurrence", AuditField.number())
                                .field("targetShare", AuditField.number())
                                .field("evidenceRequired", AuditField.yesNo()),
                ScoringRecords.ROUND,
                        AuditFields.of()
                                .field("status", AuditField.named(RoundStatus.values(), RoundStatus::messageKey))
                                .field("selfScoringDeadline", AuditField.date())
                                .field("reviewDeadline", AuditField.date())
                                .field("explanationDeadline", AuditField.date())
                                .field(
                                        "nonSubmitterRule",
                                        AuditField.named(NonSubmitterRule.values(), NonSubmitterRule::messageKey))
                                .field("tableId", AuditField.reference(CriteriaTableService.ENTITY)),
                ScoringRecords.SHEET,
                        AuditFields.of()
                                .text("criterion", "file", "type")
                                .field("bytes", AuditField.whole())
                                .field("value", AuditField.number())
                                .field("target", AuditField.number())
                                .field("score", AuditField.number())
                                .field("status", AuditField.named(SheetStatus.values(), SheetStatus::messageKey))
                                .other(AuditField.number()),
                AnnualResultService.ENTITY, AuditFields.of().text("note").field("value", AuditField.number()));
    }
}
