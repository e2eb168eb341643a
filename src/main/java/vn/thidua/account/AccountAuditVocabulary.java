package vn.thidua.account;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.access.Role;
import vn.thidua.audit.AuditAction;
import vn.thidua.audit.AuditField;
import vn.thidua.audit.AuditFields;
import vn.thidua.audit.AuditVocabulary;

/** What the accounts feature records in the audit trail. */
@Component
class AccountAuditVocabulary implements AuditVocabulary {

    @Override
    public Set<String> actions() {
        return AuditAction.codes(AccountAuditAction.values());
    }

    @Override
    public Map<String, AuditFields> records() {
        return Map.of(
                UserAdministration.ENTITY,
                AuditFields.of()
                        .text("username", "fullName", "email", "unit")
                        .field("role", AuditField.named(Role.values(), Role::messageKey))
                        .field("unitId", AuditField.reference("Unit"))
                        .field("enabled", AuditField.yesNo())
                        .field("status", AuditField.named(AccountStatus.values(), AccountStatus::messageKey)));
    }
}
