package vn.thidua.scoring;

import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.UnitSummary;

/** A scored unit's code and names as scoring's pages, files and records show them; organisation's, read by id. */
public record UnitName(long id, String code, String name, String shortName) {

    static UnitName of(ClusterYearMember member) {
        return new UnitName(member.unitId(), member.unitCode(), member.unitName(), member.shortName());
    }

    static UnitName of(UnitSummary unit) {
        return new UnitName(unit.id(), unit.code(), unit.name(), unit.shortName());
    }

    /** The short name when there is one, else the full name. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
