package vn.thidua.award.decision;

import java.time.Instant;

/** What the page says of the signed file, without its content. */
public record DecisionFileInfo(String fileName, int sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {}
