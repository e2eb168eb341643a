package vn.thidua.organization.web;

import java.util.ArrayList;
import java.util.List;

/** The units to add to a cluster-year, and the year's version the user saw. */
class MembersForm {

    private List<Long> unitIds = new ArrayList<>();

    private Long version;

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds == null ? new ArrayList<>() : unitIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
