package vn.thidua.award.onward;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OnwardProposalRepository extends JpaRepository<OnwardProposal, Long> {

    @Query("select distinct p from OnwardProposal p left join fetch p.items where p.id = :id")
    Optional<OnwardProposal> findWithItems(@Param("id") long id);

    @Query("select p.id from OnwardProposal p where p.organizerId = :organizerId and p.year = :year")
    Optional<Long> idOf(@Param("organizerId") long organizerId, @Param("year") int year);

    /** The proposals addressed to the council that it has received (submitted at least once), newest first. */
    @Query("""
            select p from OnwardProposal p where p.recipientId = :recipientId and p.year = :year
            and p.submittedAt is not null and p.status in :statuses order by p.submittedAt desc, p.id""")
    List<OnwardProposal> received(
            @Param("recipientId") long recipientId,
            @Param("year") int year,
            @Param("statuses") Collection<OnwardStatus> statuses);
}
