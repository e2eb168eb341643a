package vn.thidua.organization.internal;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;
import vn.thidua.organization.ClusterKind;
import vn.thidua.organization.ClusterTermStatus;
import vn.thidua.organization.UnitLevel;

/** What the organisation feature (units, clusters, cluster-years, the working year) records in the audit trail. */
@Component
class OrganizationAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(OrganizationAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                UnitService.ENTITY,
                AuditFields.of()
                        .text("code", "name", "shortName", "retirementReason")
                        .field("level", AuditField.named(UnitLevel.values(), UnitLevel::messageKey))
                        .field("parentId", AuditField.reference(UnitService.ENTITY))
                        .field("successorId", AuditField.reference(UnitService.ENTITY))
                        .field("predecessorId", AuditField.reference(UnitService.ENTITY))
                        .field("retiredOn", AuditField.date()),
                ClusterService.CLUSTER,
                AuditFields.of()
                        .text("code", "name", "description")
                        .field("kind", AuditField.named(ClusterKind.values(), ClusterKind::messageKey)),
                ClusterService.TERM,
                AuditFields.of()
                        .text("head", "deputies", "members")
                        .field("year", AuditField.whole())
                        .field("status", AuditField.named(ClusterTermStatus.values(), ClusterTermStatus::messageKey)),
                "Organizer",
                AuditFields.of().field("workingYear", AuditField.whole()));
    }
}
