package vn.thidua.award.decision;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevocationRepository extends JpaRepository<Revocation, Long> {

    List<Revocation> findByGrantedIdIn(Collection<Long> grantedIds);

    List<Revocation> findByDecisionId(long decisionId);
}
