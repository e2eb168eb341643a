package vn.thidua.award.certificate;

import vn.thidua.audit.AuditAction;

/** What certificate layouts record in the audit trail; the names are the codes stored. */
public enum CertificateAuditAction implements AuditAction {
    CERTIFICATE_LAYOUT_CREATED,
    CERTIFICATE_LAYOUT_UPDATED;

    @Override
    public String code() {
        return name();
    }
}
