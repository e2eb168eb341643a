package vn.thidua.web;

import java.util.List;
import vn.thidua.access.Role;

/**
 * What the layout needs to know about the signed-in person: who they are, which year they work in, and which
 * sections of the menu they may open (by role, by their unit, and by whether their organiser is a central council).
 */
public record Navigation(
        String username,
        String fullName,
        Role role,
        String organizerName,
        String organizerCode,
        boolean central,
        int workingYear,
        Long unitId,
        String unitName,
        List<HeadedCluster> headedClusters) {

    public record HeadedCluster(long termId, String clusterName) {}

    public boolean isAdmin() {
        return role == Role.PROVINCE_ADMIN;
    }

    public boolean isStaff() {
        return role.isProvinceStaff();
    }

    public boolean isUnitOfficer() {
        return role.isUnitBound();
    }

    /** The province's staff draft onward proposals; a central council receives them in its review. */
    public boolean isProvinceStaff() {
        return isStaff() && !central;
    }

    public boolean isCentralStaff() {
        return isStaff() && central;
    }

    /** A unit officer bound to a unit sees that unit's award history. */
    public boolean hasUnit() {
        return isUnitOfficer() && unitId != null;
    }

    public boolean isClusterHead() {
        return !headedClusters.isEmpty();
    }
}
