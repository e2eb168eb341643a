package vn.thidua.organization.internal;

/** A province's emulation and commendation council, or the central council that organises clusters of provinces. */
enum OrganizerKind {
    PROVINCE,
    CENTRAL
}
