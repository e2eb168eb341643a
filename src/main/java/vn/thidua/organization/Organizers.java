package vn.thidua.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The organisers as other features see them: read-only records and values. Access is the caller's business: these
 * look-ups check nothing.
 */
public interface Organizers {

    /** The organiser with its name and working year; {@code NotFoundException} when there is none. */
    OrganizerSummary get(long organizerId);

    /** The year the organiser's pages open on; {@code NotFoundException} when there is no such organiser. */
    default int workingYear(long organizerId) {
        return get(organizerId).workingYear();
    }

    /** The organisers of these ids that exist, by id: one look-up for a whole page. */
    Map<Long, OrganizerSummary> byIds(Collection<Long> organizerIds);

    /** The central councils (organisers of kind CENTRAL), by name: where provinces send their onward proposals. */
    List<OrganizerSummary> central();

    /** The organiser's clusters, by kind and code. */
    List<ClusterSummary> clusters(long organizerId);
}
