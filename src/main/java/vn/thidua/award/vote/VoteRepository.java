package vn.thidua.award.vote;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VoteRepository extends JpaRepository<Vote, Long> {

    Optional<Vote> findByTermId(long termId);

    List<Vote> findByTermIdIn(java.util.Collection<Long> termIds);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Vote v where v.id = :id")
    Optional<Vote> lockById(@Param("id") long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Vote v where v.termId = :termId")
    Optional<Vote> lockByTerm(@Param("termId") long termId);

    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select v from Vote v where v.termId = :termId")
    Optional<Vote> lockSharedByTerm(@Param("termId") long termId);

    @Query("select v.id from Vote v where v.status = vn.thidua.award.vote.VoteStatus.OPEN and v.closesAt <= :now")
    List<Long> findDue(@Param("now") Instant now);
}
