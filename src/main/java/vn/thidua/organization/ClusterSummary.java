package vn.thidua.organization;

/** A cluster as other features see it: read-only, never the entity. */
public record ClusterSummary(long id, long organizerId, String code, String name, ClusterKind kind) {}
