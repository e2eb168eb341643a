package vn.thidua.award.type;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AwardTypeRepository extends JpaRepository<AwardType, Long> {

    @Query("select t from AwardType t where t.organizerId = :organizerId order by t.sortOrder, t.name")
    List<AwardType> findByOrganizer(@Param("organizerId") long organizerId);

    boolean existsByOrganizerIdAndCode(long organizerId, String code);
}
