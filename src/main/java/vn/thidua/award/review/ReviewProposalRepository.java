package vn.thidua.award.review;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.thidua.award.proposal.Proposal;

/** The proposals as the organiser's review reads and changes them. */
interface ReviewProposalRepository extends Repository<Proposal, Long> {

    Optional<Proposal> findById(long id);

    /** The proposal, locked until the end of the transaction: two reviews of it never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> lockById(@Param("id") long id);

    void flush();

    /** The accepted items of the reviewed proposals of these cluster-years that no decision has granted yet. */
    @Query("""
            select i.id, p.id, p.clusterYearId, i.unitId, i.awardTypeId, i.personName, i.personPosition, i.personGender,
                i.summary
            from ProposalItem i join i.proposal p
            where p.clusterYearId in :termIds and p.status = vn.thidua.award.proposal.ProposalStatus.REVIEWED
                and i.reviewOutcome = vn.thidua.award.proposal.ReviewOutcome.ACCEPTED
                and not exists (select g.id from GrantedAward g where g.proposalItemId = i.id)
            order by p.clusterYearId, i.id""")
    List<Object[]> acceptedNotDecided(@Param("termIds") Collection<Long> termIds);
}
