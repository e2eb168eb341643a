package vn.thidua.award.minutes;

import java.util.List;
import java.util.Optional;
import vn.thidua.common.FileSignature;

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
        return extensions.contains(FileSignature.extension(fileName));
    }

    public static Optional<ScanType> detect(byte[] content) {
        return FileSignature.of(content).flatMap(signature -> switch (signature) {
            case PDF -> Optional.of(PDF);
            case JPEG -> Optional.of(JPEG);
            case PNG -> Optional.of(PNG);
            default -> Optional.empty();
        });
    }
}
