/**
 * The append-only audit trail and how it reads in words: each feature declares its actions (an enum of
 * {@link vn.thidua.audit.AuditAction}), kinds of record and fields in an {@link vn.thidua.audit.AuditVocabulary}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "common"})
package vn.thidua.audit;
