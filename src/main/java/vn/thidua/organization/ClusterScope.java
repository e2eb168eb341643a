package vn.thidua.organization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUser;

import java.util.List;

/**
 * Where a person's rights reach within clusters. A unit officer heads a cluster only while their unit is that
 * cluster's head in the organiser's working year: the rights follow the rotation, never a hand-set flag.
 */
@Service
public class ClusterScope {

    private final ClusterTermRepository terms;
    private final OrganizerRepository organizers;

    ClusterScope(ClusterTermRepository terms, OrganizerRepository organizers) {
        this.terms = terms;
        this.organizers = organizers;
    }

    /** The cluster-years of the working year that the user's unit heads. */
    @Transactional(readOnly = true)
    public List<ClusterTerm> headedTerms(CurrentUser user) {
        if (!user.role().isUnitBound() || user.unitId() == null) {
            return List.of();
        }
        return terms.findHeadedByUnit(user.unitId(), workingYear(user));
    }

    /** The cluster-years of the working year that the user's unit belongs to. */
    @Transactional(readOnly = true)
    public List<ClusterTerm> memberTerms(CurrentUser user) {
        if (!user.role().isUnitBound() || user.unitId() == null) {
            return List.of();
        }
        return terms.findByMemberAndYear(user.unitId(), workingYear(user));
    }

    /** Whether the user acts as head of this cluster-year: their unit heads it and it is the working year. */
    @Transactional(readOnly = true)
    public boolean isHeadOf(CurrentUser user, long termId) {
        if (!user.role().isUnitBound() || user.unitId() == null) {
            return false;
        }
        return terms.findWithMembers(termId)
                .filter(term -> term.getCluster().getOrganizerId().equals(user.organizerId()))
                .filter(term -> term.getYear() == workingYear(user))
                .map(term -> term.isHeadedBy(user.unitId()))
                .orElse(false);
    }

    /** Whether the user may read this cluster-year: staff of its organiser, or an officer of a member unit. */
    @Transactional(readOnly = true)
    public boolean canRead(CurrentUser user, long termId) {
        return terms.findWithMembers(termId)
                .map(term -> canRead(user, term))
                .orElse(false);
    }

    boolean canRead(CurrentUser user, ClusterTerm term) {
        if (!term.getCluster().getOrganizerId().equals(user.organizerId())) {
            return false;
        }
        if (user.role().isProvinceStaff() || user.role() == vn.thidua.access.Role.VIEWER) {
            return true;
        }
        return term.hasMember(user.unitId());
    }

    private int workingYear(CurrentUser user) {
        return organizers.findById(user.organizerId()).map(Organizer::getWorkingYear).orElseThrow();
    }
}
