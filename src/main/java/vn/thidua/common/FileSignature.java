package vn.thidua.common;

import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file is by its first bytes (its signature), never by its name or the browser's word: every upload
 * is judged here first, and each feature then says which of these it accepts and checks that the name ends as the
 * content is.
 */
public enum FileSignature {
    PDF(0x25, 0x50, 0x44, 0x46, 0x2D),
    PNG(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A),
    JPEG(0xFF, 0xD8, 0xFF),
    GIF(0x47, 0x49, 0x46, 0x38),
    /** A ZIP container: Office Open XML documents (docx, xlsx, pptx) among others. */
    ZIP(0x50, 0x4B, 0x03, 0x04),
    /** An OLE compound file: legacy Office documents (doc, xls, ppt). */
    OLE(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);

    private final int[] magic;

    FileSignature(int... magic) {
        this.magic = magic;
    }

    public static Optional<FileSignature> of(byte[] content) {
        for (FileSignature signature : values()) {
            if (signature.starts(content)) {
                return Optional.of(signature);
            }
        }
        return Optional.empty();
    }

    /** The name's extension in lower case, without the dot; empty when it has none. */
    public static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private boolean starts(byte[] content) {
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
}
