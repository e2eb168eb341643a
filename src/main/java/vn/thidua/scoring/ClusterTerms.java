package vn.thidua.scoring;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.Cluster;
import vn.thidua.organization.ClusterTerm;

/**
 * Read-only look-ups of clusters and cluster-years for scoring, through the organisation's public entities. (The
 * organisation feature offers no query service for these yet; when it does, this class should call it.)
 */
@Component
class ClusterTerms {

    private final EntityManager entityManager;

    ClusterTerms(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    ClusterTerm withMembers(long termId) {
        return entityManager
                .createQuery("""
                        select distinct t from ClusterTerm t join fetch t.cluster
                          left join fetch t.members m left join fetch m.unit
                        where t.id = :id""", ClusterTerm.class)
                .setParameter("id", termId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("term"));
    }

    List<ClusterTerm> termsOf(long organizerId, int year) {
        return entityManager
                .createQuery("""
                        select t from ClusterTerm t join fetch t.cluster c
                        where c.organizerId = :organizerId and t.year = :year order by c.kind, c.code""", ClusterTerm.class)
                .setParameter("organizerId", organizerId)
                .setParameter("year", year)
                .getResultList();
    }

    /** The cluster-years (any year) that the unit is a member of, newest first. */
    List<ClusterTerm> termsOfUnit(long unitId) {
        return entityManager
                .createQuery("""
                        select t from ClusterTerm t join fetch t.cluster c
                        where exists (select 1 from ClusterMember m where m.term = t and m.unit.id = :unitId)
                        order by t.year desc, c.code""", ClusterTerm.class)
                .setParameter("unitId", unitId)
                .getResultList();
    }

    List<Cluster> clustersOf(long organizerId) {
        return entityManager
                .createQuery(
                        "select c from Cluster c where c.organizerId = :organizerId order by c.kind, c.code",
                        Cluster.class)
                .setParameter("organizerId", organizerId)
                .getResultList();
    }
}
