package vn.thidua.award.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    @Query("select r from Registration r where r.clusterYearId = :clusterYearId order by r.unitId, r.awardTypeId")
    List<Registration> findByClusterYear(@Param("clusterYearId") long clusterYearId);

    Optional<Registration> findByClusterYearIdAndUnitIdAndAwardTypeId(
            long clusterYearId, long unitId, long awardTypeId);
}
