package vn.thidua.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.organization.ClusterScope;
import vn.thidua.organization.ClusterYearSummary;

/** Where a person's rights reach within clusters ({@link ClusterScope}), read from the cluster-years' members. */
@Service
public class ClusterScopeDirectory implements ClusterScope {

    private final ClusterTermRepository terms;
    private final OrganizerRepository organizers;
    private final AccessPolicy policy;

    ClusterScopeDirectory(ClusterTermRepository terms, OrganizerRepository organizers, AccessPolicy policy) {
        this.terms = terms;
        this.organizers = organizers;
        this.policy = policy;
    }

    /** The cluster-years of the working year that the user's unit heads. */
    @Transactional(readOnly = true)
    List<ClusterTerm> headedTerms(CurrentUser user) {
        if (!user.role().isUnitBound() || user.unitId() == null) {
            return List.of();
        }
        return memberYearsWithMembers(user).stream()
                .filter(term ->
                        term.memberFor(user.unitId()).map(ClusterMember::isHead).orElse(false))
                .toList();
    }

    /** The cluster-years of the working year that the user's unit belongs to. */
    @Transactional(readOnly = true)
    List<ClusterTerm> memberTerms(CurrentUser user) {
        if (!user.role().isUnitBound() || user.unitId() == null) {
            return List.of();
        }
        return memberYearsWithMembers(user);
    }

    /** The unit's cluster-years of the working year with their members: read once per page, for these and for access. */
    private List<ClusterTerm> memberYearsWithMembers(CurrentUser user) {
        long unitId = user.unitId();
        int year = workingYear(user);
        return RequestMemo.get("memberYears", unitId + "/" + year, () -> {
            List<ClusterTerm> found = terms.findWithMembersByMemberAndYear(unitId, year);
            found.forEach(term -> RequestMemo.put(RequestMemo.CLUSTER_YEAR, term.getId(), Optional.of(term)));
            return found;
        });
    }

    /** {@link #headedTerms} as records, for the other features (the layout's menu). */
    @Override
    @Transactional(readOnly = true)
    public List<ClusterYearSummary> headedYears(CurrentUser user) {
        return headedTerms(user).stream().map(ClusterYearDirectory::summary).toList();
    }

    /** {@link #memberTerms} as records, for the other features (the home page). */
    @Override
    @Transactional(readOnly = true)
    public List<ClusterYearSummary> memberYears(CurrentUser user) {
        return memberTerms(user).stream().map(ClusterYearDirectory::summary).toList();
    }

    /** Whether the user acts as head of this cluster-year; see {@link AccessPolicy#isHeadOf(CurrentUser, long)}. */
    @Override
    public boolean isHeadOf(CurrentUser user, long termId) {
        return policy.isHeadOf(user, termId);
    }

    private int workingYear(CurrentUser user) {
        long organizerId = user.organizerId();
        return RequestMemo.<Optional<Organizer>>get(
                        RequestMemo.ORGANIZER, organizerId, () -> organizers.findById(organizerId))
                .map(Organizer::getWorkingYear)
                .orElseThrow();
    }
}
