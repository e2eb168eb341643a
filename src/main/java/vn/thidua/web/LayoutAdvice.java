package vn.thidua.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.organization.ClusterScope;
import vn.thidua.organization.OrganizerSummary;
import vn.thidua.organization.Organizers;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/** Gives every page the navigation of the signed-in person. */
@ControllerAdvice
class LayoutAdvice {

    private final Organizers organizers;
    private final ClusterScope clusterScope;
    private final Units units;

    LayoutAdvice(Organizers organizers, ClusterScope clusterScope, Units units) {
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
        OrganizerSummary organizer = organizers.get(user.organizerId());
        String unitName = user.unitId() == null
                ? null
                : units.find(user.unitId()).map(UnitSummary::name).orElse(null);
        var headed = clusterScope.headedYears(user).stream()
                .map(year -> new Navigation.HeadedCluster(year.id(), year.clusterName()))
                .toList();
        return new Navigation(
                user.getUsername(),
                user.fullName(),
                user.role(),
                organizer.name(),
                organizer.code(),
                organizer.central(),
                organizer.workingYear(),
                user.unitId(),
                unitName,
                headed);
    }
}
