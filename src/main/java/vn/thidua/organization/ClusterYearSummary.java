package vn.thidua.organization;

/** A cluster-year without its members: what a list of years shows. */
public record ClusterYearSummary(
        long id,
        long clusterId,
        String clusterCode,
        String clusterName,
        ClusterKind kind,
        long organizerId,
        int year,
        ClusterTermStatus status) {

    public boolean isReadOnly() {
        return status.isReadOnly();
    }
}
