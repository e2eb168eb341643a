package vn.thidua.award.vote;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteStatusChangeRepository extends JpaRepository<VoteStatusChange, Long> {

    List<VoteStatusChange> findByVoteIdOrderByOccurredAtAscIdAsc(long voteId);
}
