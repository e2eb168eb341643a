package vn.thidua.audit;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An action a feature records in the audit trail. Each feature declares its actions in one enum implementing this
 * (e.g. {@code PledgeAuditAction}), so that a call site names a constant instead of a bare string and the feature's
 * {@link AuditVocabulary#actions()} is derived from the same enum.
 */
public interface AuditAction {

    /** The code stored in the audit trail and named by the message key {@code audit.action.<code>}. */
    String code();

    /** The codes of these actions, for {@link AuditVocabulary#actions()}. */
    static Set<String> codes(AuditAction... actions) {
        return Arrays.stream(actions).map(AuditAction::code).collect(Collectors.toUnmodifiableSet());
    }
}
