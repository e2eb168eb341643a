package vn.thidua.organization;

/** The fields of a unit as a user enters them. */
public record UnitCommand(String code, String name, String shortName, UnitLevel level, Long parentId) {
}
