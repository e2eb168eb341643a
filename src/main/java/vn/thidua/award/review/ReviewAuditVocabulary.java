package vn.thidua.award.review;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;
import vn.thidua.award.proposal.ProposalStatus;
import vn.thidua.award.proposal.ReviewOutcome;

/** What the organiser's review records in the audit trail. */
@Component
class ReviewAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(ReviewAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                ReviewService.ENTITY,
                AuditFields.of()
                        .text("candidate", "awardType", "reason", "comments")
                        .field("recommendation", AuditField.named(ReviewOutcome.values(), ReviewOutcome::messageKey))
                        .field("outcome", AuditField.named(ReviewOutcome.values(), ReviewOutcome::messageKey))
                        .field("status", AuditField.named(ProposalStatus.values(), ProposalStatus::messageKey))
                        .field("accepted", AuditField.whole())
                        .field("rejected", AuditField.whole()));
    }
}
