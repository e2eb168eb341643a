package vn.thidua.award.history;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/** What the import of past awards records in the audit trail: one entry per decision imported. */
@Component
class HistoryAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(HistoryAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                HistoryImportService.ENTITY,
                AuditFields.of()
                        .text("fileName", "number")
                        .field("decidedOn", AuditField.date())
                        .field("year", AuditField.whole())
                        .field("awards", AuditField.whole()));
    }
}
