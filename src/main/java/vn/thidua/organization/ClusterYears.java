package vn.thidua.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The cluster-years as other features see them: read-only records, never entities. A feature keeps a cluster-year's id
 * and asks here for what it needs; it never maps organisation's tables. Access is the caller's business: these
 * look-ups check nothing, the calling service decides through the access policy.
 */
public interface ClusterYears {

    /** The cluster-year with its members, heads first; {@code NotFoundException} when there is none. */
    ClusterYear get(long clusterYearId);

    Optional<ClusterYear> find(long clusterYearId);

    /** The cluster-year of a cluster in a year, with its members. */
    Optional<ClusterYear> find(long clusterId, int year);

    /** Several cluster-years with their members, in one query (for list pages). */
    List<ClusterYear> withMembers(Collection<Long> clusterYearIds);

    /** The organiser's cluster-years of one year with their members, in one query, by code (for list pages). */
    List<ClusterYear> ofOrganizerWithMembers(long organizerId, int year);

    /** The organiser's cluster-years of one year, without members, by kind and code. */
    List<ClusterYearSummary> ofOrganizer(long organizerId, int year);

    /** The cluster-years (any year) that the unit is a member of, newest first. */
    List<ClusterYearSummary> ofUnit(long unitId);
}
