package vn.thidua.award.web;

import vn.thidua.award.minutes.ScanType;

/** The scanned minutes of a paper vote: a PDF, JPEG or PNG whose content matches its name. */
final class MinutesFiles {

    private MinutesFiles() {}

    /** The content type when the name's extension and the first bytes agree; null otherwise. */
    static String typeOf(String fileName, byte[] content) {
        return ScanType.detect(content)
                .filter(type -> type.matchesName(fileName))
                .map(ScanType::contentType)
                .orElse(null);
    }
}
