package vn.thidua.scoring;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ScoringRoundRepository extends JpaRepository<ScoringRound, Long> {

    @Query("""
            select r from ScoringRound r join fetch r.term t join fetch t.cluster join fetch r.table
            where r.id = :id
            """)
    Optional<ScoringRound> findFull(@Param("id") long id);

    @Query("select r from ScoringRound r join fetch r.table where r.term.id = :termId")
    Optional<ScoringRound> findByTerm(@Param("termId") long termId);

    @Query("select r from ScoringRound r join fetch r.table where r.term.id in :termIds")
    List<ScoringRound> findByTerms(@Param("termIds") Collection<Long> termIds);

    @Query("select count(r) > 0 from ScoringRound r where r.table.id = :tableId")
    boolean existsForTable(@Param("tableId") long tableId);
}
