package vn.thidua.award.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalStatusChangeRepository extends JpaRepository<ProposalStatusChange, Long> {

    List<ProposalStatusChange> findByProposalIdOrderByIdAsc(long proposalId);
}
