package vn.thidua.award.decision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** What the decision pages read: the organiser's list, the items still to decide, an award's earlier decision. */
interface DecisionQueries extends Repository<Decision, Long> {

    @Query(value = """
                    select new vn.thidua.award.decision.DecisionRow(d.id, d.number, d.decidedOn, d.year, d.subject,
                        d.signerName, d.signerTitle, d.illustrative,
                        (select count(g) from GrantedAward g where g.decision = d),
                        (select count(r) from Revocation r where r.grantedId in
                            (select g2.id from GrantedAward g2 where g2.decision = d)))
                    from Decision d
                    where d.organizerId = :organizerId and (:year = 0 or d.year = :year)
                      and cast(function('search_key', concat(d.number, ' ', d.subject)) as String) like :pattern escape '\\'
                    order by d.decidedOn desc, d.id desc""", countQuery = """
                    select count(d) from Decision d
                    where d.organizerId = :organizerId and (:year = 0 or d.year = :year)
                      and cast(function('search_key', concat(d.number, ' ', d.subject)) as String) like :pattern escape '\\'""")
    Page<DecisionRow> list(
            @Param("organizerId") long organizerId,
            @Param("year") int year,
            @Param("pattern") String pattern,
            Pageable pageable);

    @Query("""
            select new vn.thidua.award.decision.AcceptedItem(i.id, p.clusterYearId, i.awardTypeId, i.unitId,
                i.personName, i.personPosition, i.personGender, i.summary)
            from ProposalItem i join i.proposal p
            where p.status = vn.thidua.award.proposal.ProposalStatus.REVIEWED
              and i.reviewOutcome = vn.thidua.award.proposal.ReviewOutcome.ACCEPTED
              and not exists (select g.id from GrantedAward g where g.proposalItemId = i.id)
            order by p.clusterYearId, i.id""")
    List<AcceptedItem> undecidedAccepted();

    @Query("select p.clusterYearId from ProposalItem i join i.proposal p where i.id in :itemIds")
    List<Long> clusterYearsOfItems(@Param("itemIds") Collection<Long> itemIds);

    @Query("select g from GrantedAward g join fetch g.decision where g.id in :ids order by g.id")
    List<GrantedAward> awardsWithDecision(@Param("ids") Collection<Long> ids);

    @Query("""
            select count(d) > 0 from Decision d
            where d.organizerId = :organizerId and lower(d.number) = lower(:number) and d.decidedOn = :decidedOn""")
    boolean numberTaken(
            @Param("organizerId") long organizerId,
            @Param("number") String number,
            @Param("decidedOn") LocalDate decidedOn);
}
