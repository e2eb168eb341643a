package vn.thidua.award.web;

import java.util.Locale;

/** The scanned minutes of a paper vote: a PDF, JPEG or PNG whose content matches its name. */
final class MinutesFiles {

    private MinutesFiles() {}

    /** The content type when the name's extension and the first bytes agree; null otherwise. */
    static String typeOf(String fileName, byte[] content) {
        if (fileName == null || content == null) {
            return null;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") && starts(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if ((name.endsWith(".jpg") || name.endsWith(".jpeg")) && starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (name.endsWith(".png") && starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        return null;
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
