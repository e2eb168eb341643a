package vn.thidua.award.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GrantedAwardRepository extends JpaRepository<GrantedAward, Long> {

    @Query("select g from GrantedAward g join fetch g.decision where g.verificationCode = :code")
    Optional<GrantedAward> findByVerificationCode(@Param("code") String code);

    @Query("select g from GrantedAward g where g.decision.id = :decisionId order by g.id")
    List<GrantedAward> findByDecision(@Param("decisionId") long decisionId);
}
