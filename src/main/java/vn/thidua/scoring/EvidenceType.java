package vn.thidua.scoring;

import java.util.List;
import java.util.Optional;
import vn.thidua.common.FileSignature;

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
        return extensions.contains(FileSignature.extension(fileName));
    }

    /** What the content is, judged by its magic bytes; Office files also by their extension. */
    public static Optional<EvidenceType> detect(byte[] content, String fileName) {
        String extension = FileSignature.extension(fileName);
        return FileSignature.of(content).flatMap(signature -> switch (signature) {
            case PDF -> Optional.of(PDF);
            case PNG -> Optional.of(PNG);
            case JPEG -> Optional.of(JPEG);
            case GIF -> Optional.of(GIF);
            case ZIP ->
                switch (extension) {
                    case "docx" -> Optional.of(DOCX);
                    case "xlsx" -> Optional.of(XLSX);
                    case "pptx" -> Optional.of(PPTX);
                    default -> Optional.empty();
                };
            case OLE ->
                switch (extension) {
                    case "doc" -> Optional.of(DOC);
                    case "xls" -> Optional.of(XLS);
                    case "ppt" -> Optional.of(PPT);
                    default -> Optional.empty();
                };
        });
    }
}
