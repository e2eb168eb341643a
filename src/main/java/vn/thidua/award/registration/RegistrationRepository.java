package vn.thidua.award.registration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    @Query("select r from Registration r where r.clusterYearId = :clusterYearId order by r.unitId, r.awardTypeId")
    List<Registration> findByClusterYear(@Param("clusterYearId") long clusterYearId);

    @Query("select r from Registration r where r.clusterYearId in :ids order by r.unitId, r.awardTypeId")
    List<Registration> findByClusterYears(@Param("ids") Collection<Long> clusterYearIds);

    @Query("select r from Registration r where r.clusterYearId = :clusterYearId and r.status = 'REGISTERED'")
    List<Registration> findStanding(@Param("clusterYearId") long clusterYearId);

    Optional<Registration> findByClusterYearIdAndUnitIdAndAwardTypeId(
            long clusterYearId, long unitId, long awardTypeId);
}
