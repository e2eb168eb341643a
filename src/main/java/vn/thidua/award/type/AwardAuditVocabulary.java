package vn.thidua.award.type;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/** What the awards feature's types and registrations record in the audit trail. */
@Component("awardTypeAuditVocabulary")
class AwardAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(AwardAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                AwardTypeService.ENTITY,
                AuditFields.of()
                        .text("code", "name", "legalSource", "prerequisites", "documents")
                        .field("category", AuditField.named(AwardCategory.values(), AwardCategory::messageKey))
                        .field("level", AuditField.named(AwardLevel.values(), AwardLevel::messageKey))
                        .field("recipient", AuditField.named(AwardRecipient.values(), AwardRecipient::messageKey))
                        .field("voteBase", AuditField.named(VoteBase.values(), VoteBase::messageKey))
                        .field("voteSharePercent", AuditField.number())
                        .field("voteShareStrict", AuditField.yesNo())
                        .field("quorumPercent", AuditField.number())
                        .field("choices", AuditField.whole())
                        .field("maxPerClusterYear", AuditField.whole())
                        .field("maxMemberPercent", AuditField.number())
                        .field("maxLeaderPercent", AuditField.number())
                        .field("active", AuditField.yesNo()),
                "AwardRegistrationWindow",
                AuditFields.of().field("year", AuditField.whole()).field("closesOn", AuditField.date()),
                "AwardRegistration",
                AuditFields.of().text("unit", "awardType", "clusterYear").field("active", AuditField.yesNo()));
    }
}
