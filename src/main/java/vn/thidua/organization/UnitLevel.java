package vn.thidua.organization;

/** The administrative level of a unit. */
public enum UnitLevel {
    PROVINCE_DEPARTMENT,
    DISTRICT,
    COMMUNE,
    PROVINCE;

    public String messageKey() {
        return "unit.level." + name();
    }
}
