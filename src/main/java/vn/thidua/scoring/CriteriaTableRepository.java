package vn.thidua.scoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CriteriaTableRepository extends JpaRepository<CriteriaTable, Long> {

    @Query(value = """
            select t from CriteriaTable t
            where t.organizerId = :organizerId and (:year is null or t.year = :year)
              and cast(function('search_key', t.name) as String) like :pattern escape '\\'
            """)
    Page<CriteriaTable> search(
            @Param("organizerId") long organizerId,
            @Param("year") Integer year,
            @Param("pattern") String pattern,
            Pageable pageable);

    @Query("select t from CriteriaTable t join t.clusters c where c.clusterId = :clusterId and c.year = :year")
    Optional<CriteriaTable> findForCluster(@Param("clusterId") long clusterId, @Param("year") int year);

    @Query("select t from CriteriaTable t where t.organizerId = :organizerId order by t.year desc, t.name")
    List<CriteriaTable> findByOrganizer(@Param("organizerId") long organizerId);
}
