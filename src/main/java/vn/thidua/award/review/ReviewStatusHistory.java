package vn.thidua.award.review;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.thidua.award.proposal.ProposalStatusChange;

/** The proposal's status history, which the review continues (returned, reviewed). */
interface ReviewStatusHistory extends JpaRepository<ProposalStatusChange, Long> {}
