package vn.thidua.organization.web;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.organization.internal.ClusterTerm;
import vn.thidua.organization.internal.Unit;

/** The head and deputies chosen for a cluster-year (or for the next year), and the version the user saw. */
class LeadersForm {

    private Long headUnitId;

    private List<Long> deputyUnitIds = new ArrayList<>();

    private Long version;

    static LeadersForm of(ClusterTerm term) {
        LeadersForm form = new LeadersForm();
        form.headUnitId = term.head().map(Unit::getId).orElse(null);
        form.deputyUnitIds =
                new ArrayList<>(term.deputies().stream().map(Unit::getId).toList());
        form.version = term.getVersion();
        return form;
    }

    public Long getHeadUnitId() {
        return headUnitId;
    }

    public void setHeadUnitId(Long headUnitId) {
        this.headUnitId = headUnitId;
    }

    public List<Long> getDeputyUnitIds() {
        return deputyUnitIds;
    }

    public void setDeputyUnitIds(List<Long> deputyUnitIds) {
        this.deputyUnitIds = deputyUnitIds == null ? new ArrayList<>() : deputyUnitIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
