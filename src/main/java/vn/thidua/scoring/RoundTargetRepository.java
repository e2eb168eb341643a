package vn.thidua.scoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoundTargetRepository extends JpaRepository<RoundTarget, Long> {

    @Query("select t from RoundTarget t where t.roundId = :roundId")
    List<RoundTarget> findByRound(@Param("roundId") long roundId);
}
