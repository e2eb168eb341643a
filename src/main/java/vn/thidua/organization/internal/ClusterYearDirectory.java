package vn.thidua.organization.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.organization.ClusterYears;

/** The cluster-years as records, for the other features (see {@link ClusterYears}). */
@Component
@Transactional(readOnly = true)
class ClusterYearDirectory implements ClusterYears {

    private static final Comparator<ClusterYear> BY_CODE_AND_YEAR =
            Comparator.comparing((ClusterYear y) -> y.summary().clusterCode()).thenComparing(ClusterYear::year);

    private final ClusterTermRepository terms;
    private final EntityManager entityManager;

    ClusterYearDirectory(ClusterTermRepository terms, EntityManager entityManager) {
        this.terms = terms;
        this.entityManager = entityManager;
    }

    @Override
    public ClusterYear get(long clusterYearId) {
        return find(clusterYearId).orElseThrow(() -> new NotFoundException("clusterTerm"));
    }

    @Override
    public Optional<ClusterYear> find(long clusterYearId) {
        return RequestMemo.get(RequestMemo.CLUSTER_YEAR, clusterYearId, () -> terms.findWithMembers(clusterYearId))
                .map(ClusterYearDirectory::withMembers);
    }

    @Override
    public Optional<ClusterYear> find(long clusterId, int year) {
        return terms.findWithMembers(clusterId, year).map(ClusterYearDirectory::withMembers);
    }

    @Override
    public List<ClusterYear> withMembers(Collection<Long> clusterYearIds) {
        if (clusterYearIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery("""
                        select distinct t from ClusterTerm t join fetch t.cluster
                          left join fetch t.members m left join fetch m.unit
                        where t.id in :ids""", ClusterTerm.class)
                .setParameter("ids", clusterYearIds)
                .getResultList()
                .stream()
                .map(ClusterYearDirectory::withMembers)
                .sorted(BY_CODE_AND_YEAR)
                .toList();
    }

    @Override
    public List<ClusterYear> ofOrganizerWithMembers(long organizerId, int year) {
        return terms.findWithMembersByOrganizerAndYear(organizerId, year).stream()
                .map(ClusterYearDirectory::withMembers)
                .sorted(BY_CODE_AND_YEAR)
                .toList();
    }

    @Override
    public List<ClusterYearSummary> ofOrganizer(long organizerId, int year) {
        return entityManager
                .createQuery("""
                        select t from ClusterTerm t join fetch t.cluster c
                        where c.organizerId = :organizerId and t.year = :year order by c.kind, c.code""", ClusterTerm.class)
                .setParameter("organizerId", organizerId)
                .setParameter("year", year)
                .getResultList()
                .stream()
                .map(ClusterYearDirectory::summary)
                .toList();
    }

    @Override
    public List<ClusterYearSummary> ofUnit(long unitId) {
        return entityManager.createQuery("""
                        select t from ClusterTerm t join fetch t.cluster c
                        where exists (select 1 from ClusterMember m where m.term = t and m.unit.id = :unitId)
                        order by t.year desc, c.code""", ClusterTerm.class).setParameter("unitId", unitId).getResultList().stream()
                .map(ClusterYearDirectory::summary)
                .toList();
    }

    static ClusterYearSummary summary(ClusterTerm term) {
        Cluster cluster = term.getCluster();
        return new ClusterYearSummary(
                term.getId(),
                cluster.getId(),
                cluster.getCode(),
                cluster.getName(),
                cluster.getKind(),
                cluster.getOrganizerId(),
                term.getYear(),
                term.getStatus());
    }

    static ClusterYear withMembers(ClusterTerm term) {
        List<ClusterYearMember> members = term.getMembers().stream()
                .map(m -> new ClusterYearMember(
                        m.getUnit().getId(),
                        m.getUnit().getCode(),
                        m.getUnit().getName(),
                        m.getUnit().getShortName(),
                        m.getRole()))
                .sorted(Comparator.comparing(ClusterYearMember::role).thenComparing(ClusterYearMember::unitName))
                .toList();
        return new ClusterYear(summary(term), members);
    }
}
