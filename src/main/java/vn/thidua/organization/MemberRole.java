package vn.thidua.organization;

/** A unit's place in a cluster-year: head (cụm trưởng), deputy (cụm phó) or member. */
public enum MemberRole {
    HEAD,
    DEPUTY,
    MEMBER;

    public String messageKey() {
        return "member.role." + name();
    }
}
