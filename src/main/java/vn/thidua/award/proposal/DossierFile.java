package vn.thidua.award.proposal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.thidua.common.FileSignature;

/**
 * A file for a dossier, judged by its content and never by its name or the browser's word alone: a PDF (it starts as
 * one and ends with its end marker) or a Word document (a ZIP holding {@code word/document.xml}); scans of the
 * minutes may also be JPEG or PNG pictures. The name must end as the content is.
 */
public record DossierFile(String fileName, Type type, byte[] content) {

    public static final int MAX_BYTES = ProposalDocument.MAX_BYTES;
    private static final int MAX_ZIP_ENTRIES = 2_000;

    public enum Type {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png");

        private final String contentType;
        private final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        boolean matchesName(String fileName) {
            String ext = FileSignature.extension(fileName);
            return extension.equals(ext) || (this == JPEG && ext.equals("jpeg"));
        }
    }

    /**
     * Reads an upload: refuses an empty, too large or unrecognised file, a picture where only documents are taken, and a
     * name that does not end as its content is.
     */
    static DossierFile of(String originalName, byte[] content, boolean picturesAllowed) {
        if (content == null || content.length == 0) {
            throw new ProposalException("proposal.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ProposalException("proposal.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = cleanName(originalName);
        Type type = detect(content)
                .filter(t -> picturesAllowed || t == Type.PDF || t == Type.DOCX)
                .orElseThrow(() -> new ProposalException(
                        picturesAllowed ? "proposal.file.typeRefusedScan" : "proposal.file.typeRefused"));
        if (!type.matchesName(name)) {
            name = name + "." + type.extension();
        }
        return new DossierFile(name, type, content);
    }

    static Optional<Type> detect(byte[] content) {
        return FileSignature.of(content).flatMap(signature -> switch (signature) {
            case PDF -> endsWithEof(content) ? Optional.of(Type.PDF) : Optional.empty();
            case JPEG -> Optional.of(Type.JPEG);
            case PNG -> Optional.of(Type.PNG);
            case ZIP -> isWordDocument(content) ? Optional.of(Type.DOCX) : Optional.empty();
            default -> Optional.empty();
        });
    }

    private static boolean endsWithEof(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        String tail = new String(
                Arrays.copyOfRange(content, from, content.length), java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** Reads the ZIP's entry names only (never their content), a bounded number of them. */
    private static boolean isWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The file's own name without a path, control characters or characters that trouble a download. */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?]", "").strip();
        if (name.isEmpty()) {
            name = "tai-lieu";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
