package vn.thidua.award.minutes;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/** What the minutes record in the audit trail. */
@Component
class MinutesAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(MinutesAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                MinutesService.ENTITY,
                AuditFields.of()
                        .text(
                                "meetingTime",
                                "place",
                                "chairName",
                                "chairTitle",
                                "secretaryName",
                                "secretaryTitle",
                                "countingTeam",
                                "otherContent",
                                "scan")
                        .field("status", AuditField.named(MinutesStatus.values(), MinutesStatus::messageKey))
                        .field("meetingDate", AuditField.date())
                        .field("present", AuditField.whole())
                        .field("absent", AuditField.whole()));
    }
}
