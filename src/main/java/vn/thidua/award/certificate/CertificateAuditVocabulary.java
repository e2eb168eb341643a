package vn.thidua.award.certificate;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/** What certificate layouts record in the audit trail. */
@Component
class CertificateAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(CertificateAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                CertificateLayoutService.ENTITY,
                AuditFields.of()
                        .text("place", "boxes")
                        .field("paper", AuditField.named(Paper.values(), Paper::messageKey))
                        .field("mode", AuditField.named(PrintMode.values(), PrintMode::messageKey)));
    }
}
