package vn.thidua.organization.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.thidua.organization.ClusterKind;

interface ClusterRepository extends JpaRepository<Cluster, Long> {

    @Query("""
            select c from Cluster c
            where c.organizerId = :organizerId
              and (cast(function('search_key', c.name) as String) like :pattern escape '\\'
                   or cast(function('search_key', c.code) as String) like :pattern escape '\\')
              and (:kind is null or c.kind = :kind)
            """)
    Page<Cluster> search(
            @Param("organizerId") long organizerId,
            @Param("pattern") String pattern,
            @Param("kind") ClusterKind kind,
            Pageable pageable);

    @Query("select c from Cluster c where c.organizerId = :organizerId and lower(c.code) = lower(:code)")
    Optional<Cluster> findByCode(@Param("organizerId") long organizerId, @Param("code") String code);
}
