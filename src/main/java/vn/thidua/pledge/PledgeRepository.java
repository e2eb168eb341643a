package vn.thidua.pledge;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.thidua.organization.ClusterTerm;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

    /** A pledge with its cluster-year, cluster, members and their units; targets and answers load in batches. */
    @Query("""
            select distinct p from Pledge p
              join fetch p.term t
              join fetch t.cluster
              left join fetch t.members m
              left join fetch m.unit
            where p.id = :id
            """)
    Optional<Pledge> findDetailed(@Param("id") long id);

    @Query("""
            select distinct p from Pledge p
              join fetch p.term t
              join fetch t.cluster
              left join fetch t.members m
              left join fetch m.unit
            where p.verifyCode = :code
            """)
    Optional<Pledge> findByVerifyCode(@Param("code") String code);

    /** Locks the pledge row so that answers, the countersignature and a withdrawal happen one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Pledge p where p.id = :id")
    Optional<Pledge> findForUpdate(@Param("id") long id);

    /** How many of these clusters of the organiser have a pledge for the year (whatever its status). */
    @Query("""
            select count(p) from Pledge p
            where p.term.cluster.id in :clusterIds and p.term.year = :year and p.term.cluster.organizerId = :organizerId
            """)
    long countOfClusters(
            @Param("organizerId") long organizerId,
            @Param("clusterIds") Collection<Long> clusterIds,
            @Param("year") int year);

    /** The targets of the pledges of these clusters of the organiser for the year. */
    @Query("""
            select t from PledgeTarget t
            where t.pledge.term.cluster.id in :clusterIds and t.pledge.term.year = :year
              and t.pledge.term.cluster.organizerId = :organizerId
            order by t.pledge.id, t.position, t.id
            """)
    List<PledgeTarget> targetsOfClusters(
            @Param("organizerId") long organizerId,
            @Param("clusterIds") Collection<Long> clusterIds,
            @Param("year") int year);

    @Query("select p.id from Pledge p where p.term.id = :termId")
    Optional<Long> findIdByTerm(@Param("termId") long termId);

    @Query("select p from Pledge p where p.term.cluster.id = :clusterId and p.term.year = :year")
    Optional<Pledge> findByClusterAndYear(@Param("clusterId") long clusterId, @Param("year") int year);

    /** A cluster-year with its cluster, members and their units, in one query. */
    @Query("""
            select distinct t from ClusterTerm t
              join fetch t.cluster
              left join fetch t.members m
              left join fetch m.unit
            where t.id = :id
            """)
    Optional<ClusterTerm> findTerm(@Param("id") long termId);

    /**
     * Every cluster-year of an organiser's year with its pledge, if any, and the signing progress, in one query;
     * with a {@code unitId}, only the cluster-years that unit takes part in.
     */
    @Query("""
            select new vn.thidua.pledge.PledgeOverviewRow(t.id, c.code, c.name, c.kind, t.status,
                   p.id, p.status, p.deadline, p.completedAt,
                   (select count(m) from ClusterMember m where m.term = t and m.role <> vn.thidua.organization.MemberRole.HEAD),
                   (select count(s) from PledgeSignature s where s.pledge = p
                        and s.status = vn.thidua.pledge.SignatureStatus.VALID
                        and s.answer = vn.thidua.pledge.SignatureAnswer.SIGNED
                        and s.role = vn.thidua.pledge.SignatureRole.MEMBER),
                   (select count(s) from PledgeSignature s where s.pledge = p
                        and s.status = vn.thidua.pledge.SignatureStatus.VALID
                        and s.answer = vn.thidua.pledge.SignatureAnswer.DECLINED))
            from ClusterTerm t
              join t.cluster c
              left join Pledge p on p.term = t
            where c.organizerId = :organizerId and t.year = :year
              and (:unitId is null or exists (select 1 from ClusterMember m2 where m2.term = t and m2.unit.id = :unitId))
            order by c.kind, c.name
            """)
    List<PledgeOverviewRow> overview(
            @Param("organizerId") long organizerId, @Param("year") int year, @Param("unitId") Long unitId);
}
