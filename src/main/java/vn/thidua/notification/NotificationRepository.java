package vn.thidua.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByUserId(long userId, Pageable pageable);

    @Query("select count(n) from Notification n where n.userId = :userId and n.readAt is null")
    long countUnread(@Param("userId") long userId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    int markAllRead(@Param("userId") long userId, @Param("at") Instant at);

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

    @Query(
            "select new vn.thidua.notification.MailRecipient(u.id, u.email, u.fullName) from UserAccount u where u.id in :ids and u.email is not null and u.enabled = true")
    List<MailRecipient> findMailRecipients(@Param("ids") Collection<Long> userIds);
}
