package vn.thidua.award.minutes;

import java.time.Instant;

/** The signed scan of a cluster-year's minutes, without its content. */
public record SignedMinutesFile(
        long fileId, long clusterYearId, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {}
