package vn.thidua.pledge;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/** What the pledge feature records in the audit trail. */
@Component
class PledgeAuditVocabulary implements AuditVocabulary {

    static final String SIGNATURE = "PledgeSignature";

    @Override
    public Set<String> actions() {
        return AuditAction.codes(PledgeAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                PledgeService.ENTITY,
                AuditFields.of()
                        .text("title", "signingPlace", "textHash", "preamble", "goals", "commitments", "targetList")
                        .field("status", AuditField.named(PledgeStatus.values(), PledgeStatus::messageKey))
                        .field("deadline", AuditField.date())
                        .field("targets", AuditField.whole())
                        .field("units", AuditField.whole())
                        .field("people", AuditField.whole()),
                SIGNATURE,
                AuditFields.of()
                        .text("unitName", "signer", "ip", "textHash", "declineReason")
                        .field("unitId", AuditField.reference("Unit"))
                        .field("role", AuditField.named(SignatureRole.values(), SignatureRole::messageKey))
                        .field("answer", AuditField.named(SignatureAnswer.values(), SignatureAnswer::messageKey))
                        .field("status", AuditField.named(SignatureStatus.values(), SignatureStatus::messageKey))
                        .field("answeredAt", AuditField.moment()));
    }
}
