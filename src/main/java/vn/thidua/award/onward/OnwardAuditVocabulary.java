package vn.thidua.award.onward;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;
import vn.thidua.award.proposal.ReviewOutcome;

/** What the onward proposal records in the audit trail. */
@Component
class OnwardAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(OnwardAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                OnwardService.ENTITY,
                AuditFields.of()
                        .text(
                                "recipient",
                                "body",
                                "awardType",
                                "candidate",
                                "summary",
                                "reason",
                                "comment",
                                "decisionNumber")
                        .field("status", AuditField.named(OnwardStatus.values(), OnwardStatus::messageKey))
                        .field("outcome", AuditField.named(ReviewOutcome.values(), o -> "onward.outcome." + o.name()))
                        .field("decidedOn", AuditField.date())
                        .field("items", AuditField.whole()));
    }
}
