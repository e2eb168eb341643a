package vn.thidua.scoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnnualResultRepository extends JpaRepository<AnnualResult, Long> {

    @Query("select r from AnnualResult r where r.termId = :termId and r.unitId = :unitId")
    List<AnnualResult> findByTermAndUnit(@Param("termId") long termId, @Param("unitId") long unitId);

    /** Every unit's results of a cluster-year: the cluster's table in one query. */
    @Query("select r from AnnualResult r where r.termId = :termId")
    List<AnnualResult> findByTerm(@Param("termId") long termId);
}
