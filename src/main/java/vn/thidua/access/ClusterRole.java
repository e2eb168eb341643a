package vn.thidua.access;

/** A unit's place in one cluster-year, as the access policy sees it. */
public enum ClusterRole {
    HEAD,
    DEPUTY,
    MEMBER,
    /** Not listed in the cluster-year. */
    NONE
}
