package vn.thidua.organization.internal;

import vn.thidua.organization.ClusterKind;

/** The fields of a cluster or bloc as a user enters them. */
public record ClusterCommand(String code, String name, ClusterKind kind, String description) {}
