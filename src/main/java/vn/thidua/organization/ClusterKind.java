package vn.thidua.organization;

/** A cụm groups units by geography; a khối groups them by function. */
public enum ClusterKind {
    CLUSTER,
    BLOC;

    public String messageKey() {
        return "cluster.kind." + name();
    }
}
