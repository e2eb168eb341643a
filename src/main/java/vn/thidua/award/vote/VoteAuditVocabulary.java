package vn.thidua.award.vote;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/** What the vote records in the audit trail: who did what to the vote, and which unit voted; never a choice. */
@Component
class VoteAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(VoteAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                VoteService.ENTITY,
                AuditFields.of()
                        .text("opensAt", "closesAt", "questions", "unit", "question")
                        .field("status", AuditField.named(VoteStatus.values(), VoteStatus::messageKey))
                        .field("method", AuditField.named(VoteMethod.values(), VoteMethod::messageKey))
                        .field("ballotsIssued", AuditField.whole())
                        .field("ballotsReturned", AuditField.whole())
                        .field("ballotsValid", AuditField.whole()));
    }
}
