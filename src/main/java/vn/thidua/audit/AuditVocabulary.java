package vn.thidua.audit;

import java.util.Map;
import java.util.Set;

/**
 * What a feature records in the audit trail, declared in one place so that every code has a name: the actions
 * (named by the message key {@code audit.action.<CODE>}), the kinds of record ({@code audit.entity.<Kind>}) and each
 * kind's fields ({@code audit.field.<Kind>.<field>}, or {@code audit.field.<field>} when the name is the same for
 * every kind) with how their values read. A test fails when a recorded code has no name in either language.
 */
public interface AuditVocabulary {

    /** Every action code the feature records. */
    Set<String> actions();

    /** Every kind of record the feature audits, each with its fields. */
    Map<String, AuditFields> records();
}
