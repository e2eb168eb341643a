package vn.thidua.award.minutes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteMinutesRepository extends JpaRepository<VoteMinutes, Long> {

    Optional<VoteMinutes> findByClusterYearId(long clusterYearId);
}
