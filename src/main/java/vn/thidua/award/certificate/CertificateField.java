package vn.thidua.award.certificate;

/** A variable text (or the QR code) printed on a certificate, in the order the layout form lists them. */
public enum CertificateField {
    HONORIFIC,
    RECIPIENT,
    POSITION_UNIT,
    ACHIEVEMENT,
    PLACE_DATE,
    DECISION,
    REGISTER_NUMBER,
    SIGNER_TITLE,
    SIGNER_NAME,
    QR_CODE;

    public String messageKey() {
        return "certificate.field." + name();
    }

    /** The QR code needs a square of at least this many millimetres to be read by a phone. */
    public static final int QR_MIN_MM = 15;
}
