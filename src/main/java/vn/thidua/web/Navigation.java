package vn.thidua.web;

import java.util.List;
import vn.thidua.access.Role;

/**
 * What the layout needs to know about the signed-in person: who they are, which year they work in, and which
 * sections of the menu they may open.
 */
public record Navigation(
        String username,
        String fullName,
        Role role,
        String organizerName,
        int workingYear,
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

    public boolean isClusterHead() {
        return !headedClusters.isEmpty();
    }
}
