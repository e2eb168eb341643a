package vn.thidua.award.proposal;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/** What the award proposal records in the audit trail. */
@Component
class ProposalAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(ProposalAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                ProposalService.ENTITY,
                AuditFields.of()
                        .text(
                                "recipient",
                                "body",
                                "awardType",
                                "candidate",
                                "position",
                                "summary",
                                "documentName",
                                "fileName")
                        .field("status", AuditField.named(ProposalStatus.values(), ProposalStatus::messageKey))
                        .field(
                                "documentKind",
                                AuditField.named(ProposalDocumentKind.values(), ProposalDocumentKind::messageKey))
                        .field("items", AuditField.whole()));
    }
}
