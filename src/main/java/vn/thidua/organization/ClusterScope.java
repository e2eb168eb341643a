package vn.thidua.organization;

import java.util.List;
import vn.thidua.access.CurrentUser;

/**
 * Where a person's rights reach within clusters, as records for the other features (the layout's menu, the home
 * page). A unit officer heads a cluster only while their unit is that cluster's head in the organiser's working year:
 * the rights follow the rotation, never a hand-set flag.
 */
public interface ClusterScope {

    /** The cluster-years of the organiser's working year that the user's unit heads. */
    List<ClusterYearSummary> headedYears(CurrentUser user);

    /** The cluster-years of the organiser's working year that the user's unit belongs to. */
    List<ClusterYearSummary> memberYears(CurrentUser user);

    /** Whether the user's unit heads this cluster-year in the organiser's working year. */
    boolean isHeadOf(CurrentUser user, long termId);
}
