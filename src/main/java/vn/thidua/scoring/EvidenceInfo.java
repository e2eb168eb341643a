package vn.thidua.scoring;

import java.time.Instant;

/** What a page shows of an evidence file: everything but its content. */
public record EvidenceInfo(
        Long id,
        Long nodeId,
        String fileName,
        String contentType,
        int sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {

    public String sizeKilobytes() {
        return String.valueOf(Math.max(1, Math.round(sizeBytes / 1024.0)));
    }
}
