package vn.thidua.award.minutes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesStatusChangeRepository extends JpaRepository<MinutesStatusChange, Long> {

    List<MinutesStatusChange> findByMinutesIdOrderByOccurredAtAscIdAsc(long minutesId);
}
