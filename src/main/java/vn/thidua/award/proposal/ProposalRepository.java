package vn.thidua.award.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    @Query("select distinct p from Proposal p left join fetch p.items where p.clusterYearId = :termId")
    Optional<Proposal> findByClusterYear(@Param("termId") long termId);

    /** The items of other proposals of these cluster-years: what the rules compare this proposal with. */
    @Query("""
            select new vn.thidua.award.proposal.ProposedCandidate(p.clusterYearId, p.status, i.unitId, i.awardTypeId)
            from ProposalItem i join i.proposal p where p.clusterYearId in :termIds""")
    List<ProposedCandidate> candidatesOf(@Param("termIds") Collection<Long> termIds);

    @Query("select p.clusterYearId, p.status from Proposal p where p.clusterYearId in :termIds")
    List<Object[]> statusesOf(@Param("termIds") Collection<Long> termIds);

    @Query(
            value =
                    "select p from Proposal p where p.clusterYearId in :termIds and p.status <> vn.thidua.award.proposal.ProposalStatus.DRAFT",
            countQuery =
                    "select count(p) from Proposal p where p.clusterYearId in :termIds and p.status <> vn.thidua.award.proposal.ProposalStatus.DRAFT")
    Page<Proposal> sentIn(@Param("termIds") Collection<Long> termIds, Pageable pageable);
}
