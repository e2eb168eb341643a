package vn.thidua.award.certificate;

import java.util.Map;

/**
 * The texts a certificate carries whatever it is for (the nation and motto, "Tặng", the sample mark) and the names of
 * the fields on the calibration print, in Vietnamese.
 */
record FixedTexts(
        String nation,
        String motto,
        String grant,
        String illustrative,
        String calibrationTitle,
        Map<CertificateField, String> fieldNames) {}
