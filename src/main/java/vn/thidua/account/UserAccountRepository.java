package vn.thidua.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.thidua.notification.RecipientAddress;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    /** The organiser's accounts matching the pattern, with their unit's id (its name is organisation's). */
    @Query(value = """
            select new vn.thidua.account.UserRow(u.id, u.username, u.fullName, u.email, u.role, u.unitId,
                                                 u.enabled, u.lockedUntil, u.lastLoginAt)
            from UserAccount u
            where u.organizerId = :organizerId
              and (cast(function('search_key', u.fullName) as String) like :pattern escape '\\'
                   or lower(u.username) like :pattern escape '\\')
            """, countQuery = """
            select count(u) from UserAccount u
            where u.organizerId = :organizerId
              and (cast(function('search_key', u.fullName) as String) like :pattern escape '\\'
                   or lower(u.username) like :pattern escape '\\')
            """)
    Page<UserRow> search(@Param("organizerId") long organizerId, @Param("pattern") String pattern, Pageable pageable);

    /**
     * {@link #search} in the order of the units' names: {@code unitOrder} lists the unit ids in that order as
     * {@code ,id1,id2,…,} with {@code 0} standing for "no unit", so that an account's place is where its unit's id
     * stands in the list.
     */
    @Query(value = """
            select new vn.thidua.account.UserRow(u.id, u.username, u.fullName, u.email, u.role, u.unitId,
                                                 u.enabled, u.lockedUntil, u.lastLoginAt)
            from UserAccount u
            where u.organizerId = :organizerId
              and (cast(function('search_key', u.fullName) as String) like :pattern escape '\\'
                   or lower(u.username) like :pattern escape '\\')
            order by locate(concat(',', coalesce(cast(u.unitId as String), '0'), ','), :unitOrder),
                     u.fullName, u.username, u.id
            """, countQuery = """
            select count(u) from UserAccount u
            where u.organizerId = :organizerId
              and (cast(function('search_key', u.fullName) as String) like :pattern escape '\\'
                   or lower(u.username) like :pattern escape '\\')
            """)
    Page<UserRow> searchInUnitOrder(
            @Param("organizerId") long organizerId,
            @Param("pattern") String pattern,
            @Param("unitOrder") String unitOrder,
            Pageable pageable);

    /** What decides whether a signed-in session may go on, read on every request. */
    @Query("""
            select new vn.thidua.account.AccountState(u.enabled, u.role, u.organizerId, u.unitId, u.passwordChangedAt,
                                                      u.passwordChangeRequired)
            from UserAccount u where u.id = :id
            """)
    Optional<AccountState> findState(@Param("id") long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now where lower(u.username) = lower(:username)")
    int recordSuccessfulLogin(@Param("username") String username, @Param("now") java.time.Instant now);

    /** The people who act for these units: their officers and cluster-head representatives, if enabled. */
    @Query("""
            select u.id from UserAccount u
            where u.unitId in :unitIds and u.enabled = true
              and u.role in (vn.thidua.access.Role.UNIT_OFFICER, vn.thidua.access.Role.CLUSTER_HEAD)
            order by u.id
            """)
    List<Long> findOfficersOfUnits(@Param("unitIds") Collection<Long> unitIds);

    /** The organiser's enabled administrators. */
    @Query("""
            select u.id from UserAccount u
            where u.organizerId = :organizerId and u.enabled = true and u.role = vn.thidua.access.Role.PROVINCE_ADMIN
            order by u.id
            """)
    List<Long> findAdministratorsOf(@Param("organizerId") long organizerId);

    /** The organiser's enabled staff: administrators and reviewers. */
    @Query("""
            select u.id from UserAccount u
            where u.organizerId = :organizerId and u.enabled = true
              and u.role in (vn.thidua.access.Role.PROVINCE_ADMIN, vn.thidua.access.Role.PROVINCE_REVIEWER)
            order by u.id
            """)
    List<Long> findStaffOf(@Param("organizerId") long organizerId);

    /** The enabled people among these with an e-mail address. */
    @Query("""
            select new vn.thidua.notification.RecipientAddress(u.id, u.email, u.fullName) from UserAccount u
            where u.id in :ids and u.email is not null and u.enabled = true
            """)
    List<RecipientAddress> findMailAddresses(@Param("ids") Collection<Long> userIds);
}
