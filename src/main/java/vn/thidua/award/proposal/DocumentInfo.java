package vn.thidua.award.proposal;

import java.time.Instant;

/** A dossier document as lists show it: never its content. */
public record DocumentInfo(
        long id,
        Long itemId,
        ProposalDocumentKind kind,
        String name,
        String fileName,
        String contentType,
        int sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
