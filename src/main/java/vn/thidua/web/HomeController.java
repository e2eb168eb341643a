package vn.thidua.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.access.CurrentUsers;
import vn.thidua.organization.ClusterScope;

@Controller
class HomeController {

    static final String VIEW = "home/index";

    private final ClusterScope clusterScope;

    HomeController(ClusterScope clusterScope) {
        this.clusterScope = clusterScope;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("memberTerms", clusterScope.memberYears(CurrentUsers.require()));
        model.addAttribute("myUnitId", CurrentUsers.require().unitId());
        return VIEW;
    }
}
