package vn.thidua.award.decision;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/** What decisions record in the audit trail. */
@Component
class DecisionAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(DecisionAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                DecisionService.ENTITY,
                AuditFields.of()
                        .text(
                                "number",
                                "decidedOn",
                                "authority",
                                "signer",
                                "subject",
                                "awarded",
                                "revoked",
                                "amended",
                                "reason",
                                "fileName",
                                "sha256")
                        .field("year", AuditField.whole())
                        .field("awards", AuditField.whole()));
    }
}
