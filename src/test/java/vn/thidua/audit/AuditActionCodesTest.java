package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.IntegrationTest;

/**
 * The action codes declared by the features' enums are exactly the codes stored in the audit trail before the enums
 * existed: renaming a constant would orphan every entry already recorded under the old code.
 */
class AuditActionCodesTest extends IntegrationTest {

    @Autowired
    AuditView view;

    @Test
    void theOrganizationPledgeAndAccountCodesAreTheStoredOnes() {
        Set<String> declared = new HashSet<>();
        view.vocabularies().forEach(vocabulary -> declared.addAll(vocabulary.actions()));
        assertThat(declared)
                .contains(
                        "UNIT_CREATED",
                        "UNIT_UPDATED",
                        "UNIT_RETIRED",
                        "UNIT_MERGED",
                        "UNIT_ABSORBED",
                        "UNIT_IMPORTED",
                        "UNITS_IMPORTED",
                        "WORKING_YEAR_CHANGED",
                        "CLUSTER_CREATED",
                        "CLUSTER_UPDATED",
                        "TERM_CREATED",
                        "TERM_MEMBER_ADDED",
                        "TERM_MEMBER_REMOVED",
                        "TERM_LEADERS_APPOINTED",
                        "TERM_COPIED_TO_NEXT_YEAR",
                        "TERM_STATUS_ADVANCED",
                        "TERM_STATUS_RETURNED",
                        "TERM_CLOSED",
                        "TERM_REOPENED",
                        "PLEDGE_DRAFTED",
                        "PLEDGE_REVISED",
                        "PLEDGE_OPENED",
                        "PLEDGE_WITHDRAWN",
                        "PLEDGE_SIGNATURE_VOIDED",
                        "PLEDGE_SIGNED",
                        "PLEDGE_COUNTERSIGNED",
                        "PLEDGE_DECLINED",
                        "PLEDGE_REMINDED",
                        "USER_CREATED",
                        "USER_UPDATED",
                        "USER_DISABLED",
                        "USER_ENABLED",
                        "USER_PASSWORD_RESET",
                        "PASSWORD_CHANGED");
    }

    @Test
    void anActionRecordsItsCode() {
        AuditAction action = () -> "SOME_CODE";
        AuditEntry entry = AuditEntry.of(1L, action, "Kind", 2L, "summary");
        assertThat(entry.action()).isEqualTo("SOME_CODE");
        assertThat(AuditAction.codes(action)).containsExactly("SOME_CODE");
    }
}
