package vn.thidua.organization;

import java.util.List;

/**
 * An organiser's facts as other features need them: its working year and its clusters, as plain values and records.
 * Access is the caller's business: these look-ups check nothing.
 */
public interface Organizers {

    /** The organiser's working year; {@code NotFoundException} when there is no such organiser. */
    int workingYear(long organizerId);

    /** The organiser's clusters, by kind and code. */
    List<ClusterSummary> clusters(long organizerId);
}
