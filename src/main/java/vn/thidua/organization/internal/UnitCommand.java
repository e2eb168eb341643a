package vn.thidua.organization.internal;

import vn.thidua.organization.UnitLevel;

/**
 * The fields of a unit as a user enters them. The parent is named either by id (forms) or by code (imports, where
 * the code may also be that of another unit of the same import).
 */
public record UnitCommand(
        String code, String name, String shortName, UnitLevel level, Long parentId, String parentCode) {

    public UnitCommand(String code, String name, String shortName, UnitLevel level, Long parentId) {
        this(code, name, shortName, level, parentId, null);
    }

    boolean hasParentCode() {
        return parentCode != null && !parentCode.isBlank();
    }
}
