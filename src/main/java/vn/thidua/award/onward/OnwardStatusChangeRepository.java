package vn.thidua.award.onward;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnwardStatusChangeRepository extends JpaRepository<OnwardStatusChange, Long> {

    List<OnwardStatusChange> findByProposalIdOrderByIdAsc(long proposalId);
}
