package vn.thidua.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.organization.ClusterScope;
import vn.thidua.organization.Organizer;
import vn.thidua.organization.OrganizerService;
import vn.thidua.organization.UnitService;

/** Gives every page the navigation of the signed-in person. */
@ControllerAdvice
class LayoutAdvice {

    private final OrganizerService organizers;
    private final ClusterScope clusterScope;
    private final UnitService units;

    LayoutAdvice(OrganizerService organizers, ClusterScope clusterScope, UnitService units) {
        this.organizers = organizers;
        this.clusterScope = clusterScope;
        this.units = units;
    }

    @ModelAttribute("url")
    CurrentUrl currentUrl(jakarta.servlet.http.HttpServletRequest request) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            if (!"_csrf".equals(name)) {
                params.addAll(name, java.util.List.of(values));
            }
        });
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new CurrentUrl(path, params);
    }

    @ModelAttribute("nav")
    Navigation navigation() {
        return CurrentUsers.find().map(this::navigationFor).orElse(null);
    }

    private Navigation navigationFor(CurrentUser user) {
        Organizer organizer = organizers.organizer(user.organizerId());
        String unitName = user.unitId() == null ? null : units.unitName(user.unitId());
        var headed = clusterScope.headedTerms(user).stream()
                .map(term -> new Navigation.HeadedCluster(
                        term.getId(), term.getCluster().getName()))
                .toList();
        return new Navigation(
                user.getUsername(),
                user.fullName(),
                user.role(),
                organizer.getName(),
                organizer.getWorkingYear(),
                unitName,
                headed);
    }
}
