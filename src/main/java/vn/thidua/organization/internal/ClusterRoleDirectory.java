package vn.thidua.organization.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.ClusterPlace;
import vn.thidua.access.ClusterRole;
import vn.thidua.access.ClusterRoles;

/** Tells the access policy where a unit stands in a cluster-year, from the year's members and the working year. */
@Component
class ClusterRoleDirectory implements ClusterRoles {

    private final ClusterTermRepository terms;
    private final OrganizerRepository organizers;

    ClusterRoleDirectory(ClusterTermRepository terms, OrganizerRepository organizers) {
        this.terms = terms;
        this.organizers = organizers;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClusterPlace> roleOf(Long unitId, long termId) {
        return RequestMemo.get(RequestMemo.CLUSTER_YEAR, termId, () -> terms.findWithMembers(termId))
                .map(term -> {
                    long organizerId = term.getCluster().getOrganizerId();
                    boolean workingYear = RequestMemo.get(
                                    RequestMemo.ORGANIZER, organizerId, () -> organizers.findById(organizerId))
                            .map(organizer -> organizer.getWorkingYear() == term.getYear())
                            .orElse(false);
                    ClusterRole role = term.memberFor(unitId)
                            .map(ClusterRoleDirectory::role)
                            .orElse(ClusterRole.NONE);
                    return new ClusterPlace(organizerId, workingYear, role);
                });
    }

    private static ClusterRole role(ClusterMember member) {
        return switch (member.getRole()) {
            case HEAD -> ClusterRole.HEAD;
            case DEPUTY -> ClusterRole.DEPUTY;
            case MEMBER -> ClusterRole.MEMBER;
        };
    }
}
