package vn.thidua.access;

/**
 * Where a unit stands in one cluster-year: the organiser that owns the year, whether it is that organiser's working
 * year, and the unit's role in it ({@link ClusterRole#NONE} when the unit is not listed, or there is no unit).
 */
public record ClusterPlace(long organizerId, boolean workingYear, ClusterRole role) {}
