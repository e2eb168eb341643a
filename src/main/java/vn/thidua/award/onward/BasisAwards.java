package vn.thidua.award.onward;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.thidua.award.decision.Decision;
import vn.thidua.award.decision.GrantedAward;
import vn.thidua.award.type.AwardType;

/** What the onward proposal reads of the decided awards: the province's awards that stand (none taken back). */
interface BasisAwards extends Repository<GrantedAward, Long> {

    /** The organiser's awards of these years that no later decision took back, with their decisions. */
    @Query("""
            select g from GrantedAward g join fetch g.decision d
            where g.organizerId = :organizerId and g.year between :from and :to
            and not exists (select r.id from Revocation r where r.grantedId = g.id)
            order by g.year desc, d.decidedOn, g.id""")
    List<GrantedAward> standing(
            @Param("organizerId") long organizerId, @Param("from") int fromYear, @Param("to") int toYear);

    @Query("select g from GrantedAward g join fetch g.decision where g.id in :ids")
    List<GrantedAward> byIds(@Param("ids") java.util.Collection<Long> ids);

    @Query("select count(r) > 0 from Revocation r where r.grantedId = :id")
    boolean revoked(@Param("id") long awardId);

    @Query("""
            select count(d) > 0 from Decision d where d.organizerId = :organizerId and lower(d.number) = lower(:number)
            and d.decidedOn = :on""")
    boolean decisionExists(
            @Param("organizerId") long organizerId, @Param("number") String number, @Param("on") LocalDate on);

    /** The organiser's award types with their prerequisites, in one query. */
    @Query("""
            select distinct t from AwardType t left join fetch t.prerequisites
            where t.organizerId = :organizerId order by t.sortOrder, t.name""")
    List<AwardType> typesOf(@Param("organizerId") long organizerId);

    @Query("select d from Decision d where d.id = :id")
    Decision decision(@Param("id") long id);
}
