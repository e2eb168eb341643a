package vn.thidua.organization;

/** The fields of a cluster or bloc as a user enters them. */
public record ClusterCommand(String code, String name, ClusterKind kind, String description) {}
