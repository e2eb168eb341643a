package vn.thidua.award.certificate;

import java.util.Map;

/** What one certificate says: the authority and award title of the full design, each field's text and the QR link. */
record CertificateContent(
        String authority, String awardTitle, Map<CertificateField, String> texts, String qrUrl, boolean illustrative) {}
