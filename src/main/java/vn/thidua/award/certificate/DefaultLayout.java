package vn.thidua.award.certificate;

import static vn.thidua.award.certificate.Alignment.CENTER;
import static vn.thidua.award.certificate.Alignment.LEFT;
import static vn.thidua.award.certificate.CertificateField.ACHIEVEMENT;
import static vn.thidua.award.certificate.CertificateField.DECISION;
import static vn.thidua.award.certificate.CertificateField.HONORIFIC;
import static vn.thidua.award.certificate.CertificateField.PLACE_DATE;
import static vn.thidua.award.certificate.CertificateField.POSITION_UNIT;
import static vn.thidua.award.certificate.CertificateField.QR_CODE;
import static vn.thidua.award.certificate.CertificateField.RECIPIENT;
import static vn.thidua.award.certificate.CertificateField.REGISTER_NUMBER;
import static vn.thidua.award.certificate.CertificateField.SIGNER_NAME;
import static vn.thidua.award.certificate.CertificateField.SIGNER_TITLE;

import java.util.List;

/**
 * The built-in layout, used until an organiser saves its own: the boxes of an A4 landscape certificate (and the same
 * grown for A3), leaving room above for the full design's motto, authority and title.
 */
final class DefaultLayout {

    private DefaultLayout() {}

    static List<FieldBox> a4() {
        return List.of(
                FieldBox.of(HONORIFIC, 40, 80, 217, 8, 15, false, CENTER),
                FieldBox.of(RECIPIENT, 30, 89, 237, 12, 22, true, CENTER),
                FieldBox.of(POSITION_UNIT, 30, 102, 237, 8, 14, false, CENTER),
                FieldBox.of(ACHIEVEMENT, 40, 112, 217, 30, 14, false, CENTER),
                FieldBox.of(PLACE_DATE, 160, 146, 120, 8, 13, false, CENTER),
                FieldBox.of(SIGNER_TITLE, 160, 155, 120, 14, 13, true, CENTER),
                FieldBox.of(SIGNER_NAME, 160, 185, 120, 9, 14, true, CENTER),
                FieldBox.of(DECISION, 20, 152, 125, 7, 11, false, LEFT),
                FieldBox.of(REGISTER_NUMBER, 20, 160, 125, 7, 11, false, LEFT),
                FieldBox.of(QR_CODE, 20, 170, 25, 25, 10, false, LEFT));
    }

    static CertificateLayout layout(long organizerId, Long awardTypeId, Paper paper, PrintMode mode) {
        CertificateLayout a4 = CertificateLayout.unsaved(organizerId, awardTypeId, Paper.A4, mode, a4());
        return CertificateLayout.unsaved(organizerId, awardTypeId, paper, mode, a4.boxesOn(paper));
    }
}
