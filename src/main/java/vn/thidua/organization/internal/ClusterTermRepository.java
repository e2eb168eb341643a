package vn.thidua.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClusterTermRepository extends JpaRepository<ClusterTerm, Long> {

    /** A term with its cluster, members and their units, in one query. */
    @Query("""
            select distinct t from ClusterTerm t
              join fetch t.cluster
              left join fetch t.members m
              left join fetch m.unit
            where t.id = :id
            """)
    Optional<ClusterTerm> findWithMembers(@Param("id") long id);

    @Query("""
            select distinct t from ClusterTerm t
              join fetch t.cluster
              left join fetch t.members m
              left join fetch m.unit
            where t.cluster.id = :clusterId and t.year = :year
            """)
    Optional<ClusterTerm> findWithMembers(@Param("clusterId") long clusterId, @Param("year") int year);

    /** Every year of a cluster, newest first, with members: the history of heads and deputies. */
    @Query("""
            select distinct t from ClusterTerm t
              left join fetch t.members m
              left join fetch m.unit
            where t.cluster.id = :clusterId
            order by t.year desc
            """)
    List<ClusterTerm> findHistory(@Param("clusterId") long clusterId);

    /** The given clusters' terms of one year, with members and their units, in one query (for list pages). */
    @Query("""
            select distinct t from ClusterTerm t
              join fetch t.cluster
              left join fetch t.members m
              left join fetch m.unit
            where t.cluster.id in :clusterIds and t.year = :year
            """)
    List<ClusterTerm> findWithMembers(@Param("clusterIds") Collection<Long> clusterIds, @Param("year") int year);

    /** The terms of a year in which the unit takes part, with their clusters, members and units. */
    @Query("""
            select distinct t from ClusterTerm t
              join fetch t.cluster c
              left join fetch t.members m
              left join fetch m.unit
            where t.year = :year
              and t.id in (select x.term.id from ClusterMember x where x.unit.id = :unitId)
            order by c.name
            """)
    List<ClusterTerm> findWithMembersByMemberAndYear(@Param("unitId") long unitId, @Param("year") int year);

    /** Every term of an organiser's year, with clusters, members and units. */
    @Query("""
            select distinct t from ClusterTerm t
              join fetch t.cluster c
              left join fetch t.members m
              left join fetch m.unit
            where c.organizerId = :organizerId and t.year = :year
            order by c.name
            """)
    List<ClusterTerm> findWithMembersByOrganizerAndYear(
            @Param("organizerId") long organizerId, @Param("year") int year);

    boolean existsByClusterIdAndYear(long clusterId, int year);
}
