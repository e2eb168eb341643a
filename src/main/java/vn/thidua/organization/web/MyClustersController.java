package vn.thidua.organization.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.organization.MemberRole;
import vn.thidua.organization.internal.ClusterMember;
import vn.thidua.organization.internal.ClusterService;
import vn.thidua.organization.internal.ClusterTerm;

/** The clusters a unit takes part in, read-only, as its officers see them. */
@Controller
@RequestMapping("/my/clusters")
class MyClustersController {

    static final String LIST = "organization/my-clusters";
    static final String TERM = "organization/my-cluster";

    private final ClusterService clusters;

    MyClustersController(ClusterService clusters) {
        this.clusters = clusters;
    }

    /** A cluster-year and the signed-in person's unit's role in it (none for viewers). */
    record MyTerm(ClusterTerm term, MemberRole role) {}

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUsers.require();
        if (user.role().isProvinceStaff()) {
            return "redirect:/admin/clusters";
        }
        List<MyTerm> rows = clusters.myTerms().stream()
                .map(term -> new MyTerm(
                        term,
                        term.memberFor(user.unitId())
                                .map(ClusterMember::getRole)
                                .orElse(null)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("workingYear", clusters.workingYear());
        return LIST;
    }

    @GetMapping("/{termId}")
    String term(@PathVariable long termId, Model model) {
        CurrentUser user = CurrentUsers.require();
        ClusterTerm term = clusters.readableTerm(termId);
        model.addAttribute("term", term);
        model.addAttribute("cluster", term.getCluster());
        model.addAttribute("myUnitId", user.unitId());
        model.addAttribute(
                "myRole",
                term.memberFor(user.unitId()).map(ClusterMember::getRole).orElse(null));
        return TERM;
    }
}
