package vn.thidua.pledge;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The pledges. A pledge knows its cluster-year only by id: what the cluster-year is (members, head, status) comes from
 * organisation's {@code ClusterYears}, never from a join here.
 */
interface PledgeRepository extends JpaRepository<Pledge, Long> {

    /** A pledge; its targets and answers load in batches. */
    @Query("select p from Pledge p where p.id = :id")
    Optional<Pledge> findDetailed(@Param("id") long id);

    @Query("select p from Pledge p where p.verifyCode = :code")
    Optional<Pledge> findByVerifyCode(@Param("code") String code);

    /** Locks the pledge row so that answers, the countersignature and a withdrawal happen one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Pledge p where p.id = :id")
    Optional<Pledge> findForUpdate(@Param("id") long id);

    /** How many of these cluster-years have a pledge (whatever its status). */
    @Query("select count(p) from Pledge p where p.clusterYearId in :clusterYearIds")
    long countOfClusterYears(@Param("clusterYearIds") Collection<Long> clusterYearIds);

    /** The targets of the pledges of these cluster-years. */
    @Query("""
            select t from PledgeTarget t
            where t.pledge.clusterYearId in :clusterYearIds
            order by t.pledge.id, t.position, t.id
            """)
    List<PledgeTarget> targetsOfClusterYears(@Param("clusterYearIds") Collection<Long> clusterYearIds);

    @Query("select p.id from Pledge p where p.clusterYearId = :clusterYearId")
    Optional<Long> findIdByClusterYear(@Param("clusterYearId") long clusterYearId);

    @Query("select p from Pledge p where p.clusterYearId = :clusterYearId")
    Optional<Pledge> findByClusterYear(@Param("clusterYearId") long clusterYearId);

    /** The pledges of these cluster-years with how far signing has gone, in one query. */
    @Query("""
            select new vn.thidua.pledge.PledgeProgress(p.clusterYearId, p.id, p.status, p.deadline, p.completedAt,
                   (select count(s) from PledgeSignature s where s.pledge = p
                        and s.status = vn.thidua.pledge.SignatureStatus.VALID
                        and s.answer = vn.thidua.pledge.SignatureAnswer.SIGNED
                        and s.role = vn.thidua.pledge.SignatureRole.MEMBER),
                   (select count(s) from PledgeSignature s where s.pledge = p
                        and s.status = vn.thidua.pledge.SignatureStatus.VALID
                        and s.answer = vn.thidua.pledge.SignatureAnswer.DECLINED))
            from Pledge p
            where p.clusterYearId in :clusterYearIds
            """)
    List<PledgeProgress> progressOf(@Param("clusterYearIds") Collection<Long> clusterYearIds);
}
