package vn.thidua.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file accepted, recognised by their first bytes (never by the name or the browser's word
 * alone): PDF, PNG, JPEG, GIF, Office Open XML documents and legacy Office documents. The name must then end as
 * the content is.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
    GIF("image/gif", "gif"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt");

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String contentType;
    private final List<String> extensions;

    EvidenceType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The file name extensions of this kind, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * Whether the name ends as a file of this kind does: a PDF named {@code .html}, {@code .exe} or {@code .js} would
     * be opened by the wrong program once downloaded.
     */
    public boolean matchesName(String fileName) {
        return extensions.contains(extension(fileName));
    }

    /** What the content is, judged by its magic bytes; Office files also by their extension. */
    public static Optional<EvidenceType> detect(byte[] content, String fileName) {
        String extension = extension(fileName);
        if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(content, 0x47, 0x49, 0x46, 0x38)) {
            return Optional.of(GIF);
        }
        if (starts(content, 0x50, 0x4B, 0x03, 0x04)) {
            return switch (extension) {
                case "docx" -> Optional.of(DOCX);
                case "xlsx" -> Optional.of(XLSX);
                case "pptx" -> Optional.of(PPTX);
                default -> Optional.empty();
            };
        }
        if (starts(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return switch (extension) {
                case "doc" -> Optional.of(DOC);
                case "xls" -> Optional.of(XLS);
                case "ppt" -> Optional.of(PPT);
                default -> Optional.empty();
            };
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
