package vn.thidua.award.minutes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a signed scan may be, recognised by its first bytes (never by its name or the browser's word alone); the name
 * must then end as the content is, so that the downloaded file opens in the right program.
 */
public enum ScanType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    /** The largest scan accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String contentType;
    private final List<String> extensions;

    ScanType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public boolean matchesName(String fileName) {
        return extensions.contains(extension(fileName));
    }

    public static Optional<ScanType> detect(byte[] content) {
        if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
