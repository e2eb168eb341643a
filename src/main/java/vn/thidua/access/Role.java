package vn.thidua.access;

/** What a person may do; where they may do it comes from their organiser, their unit and the year's cluster terms. */
public enum Role {
    PROVINCE_ADMIN,
    PROVINCE_REVIEWER,
    CLUSTER_HEAD,
    UNIT_OFFICER,
    VIEWER;

    /** Roles that act for one unit and so need one. */
    public boolean isUnitBound() {
        return this == CLUSTER_HEAD || this == UNIT_OFFICER;
    }

    public boolean isProvinceStaff() {
        return this == PROVINCE_ADMIN || this == PROVINCE_REVIEWER;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of this role's name. */
    public String messageKey() {
        return "role." + name();
    }
}
