package vn.thidua.award.certificate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.thidua.award.decision.GrantedAward;

/** The awards certificates are printed and verified for, read only. */
interface CertificateAwardRepository extends Repository<GrantedAward, Long> {

    @Query("""
            select g.id from GrantedAward g where g.decision.id = ?1
            and not exists (select r.id from Revocation r where r.grantedId = g.id)
            order by g.registerNumber, g.id""")
    List<Long> printableIds(long decisionId);

    @Query("select g from GrantedAward g join fetch g.decision where g.id in ?1 order by g.registerNumber, g.id")
    List<GrantedAward> withDecision(Collection<Long> ids);

    @Query("select g from GrantedAward g join fetch g.decision where g.id = ?1")
    Optional<GrantedAward> findWithDecision(long id);

    @Query("select g from GrantedAward g join fetch g.decision where g.verificationCode = ?1")
    Optional<GrantedAward> findByCode(String code);

    /** The award that corrects this one (an amendment names the award it replaces). */
    @Query("select g from GrantedAward g where g.amendsId = ?1")
    List<GrantedAward> amendments(long awardId);
}
