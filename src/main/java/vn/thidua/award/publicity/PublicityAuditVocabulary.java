package vn.thidua.award.publicity;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/** What the public list's setting records in the audit trail. */
@Component
class PublicityAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(PublicityAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(Publicity.ENTITY, AuditFields.of().field("showPending", AuditField.yesNo()));
    }
}
