package vn.thidua.organization;

/** A member unit of a cluster-year, with its place in it. */
public record ClusterYearMember(long unitId, String unitCode, String unitName, String shortName, MemberRole role) {

    public boolean isHead() {
        return role == MemberRole.HEAD;
    }

    public boolean isDeputy() {
        return role == MemberRole.DEPUTY;
    }
}
