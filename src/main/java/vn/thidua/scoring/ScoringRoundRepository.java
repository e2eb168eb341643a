package vn.thidua.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ScoringRoundRepository extends JpaRepository<ScoringRound, Long> {

    @Query("""
            select r from ScoringRound r join fetch r.table
            where r.id = :id
            """)
    Optional<ScoringRound> findFull(@Param("id") long id);

    /** {@link #findFull} with the round's history, for its page. */
    @Query("""
            select distinct r from ScoringRound r join fetch r.table
              left join fetch r.history
            where r.id = :id
            """)
    Optional<ScoringRound> findFullWithHistory(@Param("id") long id);

    @Query("select r from ScoringRound r join fetch r.table where r.clusterYearId = :termId")
    Optional<ScoringRound> findByTerm(@Param("termId") long termId);

    @Query("select r from ScoringRound r join fetch r.table where r.clusterYearId in :termIds")
    List<ScoringRound> findByTerms(@Param("termIds") Collection<Long> termIds);

    /**
     * Rounds in self-scoring whose self-scoring deadline lies between {@code from} and {@code to} (both included) and
     * whose automatic reminder has not gone out, as their ids and their cluster-years' (the caller leaves out the
     * closed years).
     */
    @Query(nativeQuery = true, value = """
            select r.id, r.term_id from scoring_round r
            where r.status = 'SELF_SCORING' and r.closing_reminder_sent_at is null
              and r.self_scoring_deadline between :from and :to
            order by r.id
            """)
    List<Object[]> findClosingWithoutReminder(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Claims the round's automatic reminder: 1 when this call is the one to send it, 0 when it went out already. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update scoring_round set closing_reminder_sent_at = :at
            where id = :id and status = 'SELF_SCORING' and closing_reminder_sent_at is null
            """)
    int claimClosingReminder(@Param("id") long id, @Param("at") Instant at);

    /** The deadline moved: the automatic reminder goes out again before the new one. */
    @Modifying
    @Query(nativeQuery = true, value = "update scoring_round set closing_reminder_sent_at = null where id = :id")
    void clearClosingReminder(@Param("id") long id);

    @Query("select count(r) > 0 from ScoringRound r where r.table.id = :tableId")
    boolean existsForTable(@Param("tableId") long tableId);
}
