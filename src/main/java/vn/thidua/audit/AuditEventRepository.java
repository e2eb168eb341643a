package vn.thidua.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (e.organizerId = :organizerId or e.organizerId is null and :includeGlobal = true)
              and (:actor = '' or lower(e.actor) = lower(:actor))
              and (:entityType = '' or e.entityType = :entityType)
              and (:action = '' or e.action = :action)
              and e.occurredAt >= :from and e.occurredAt < :to
            """)
    Page<AuditEvent> search(
            @Param("organizerId") long organizerId,
            @Param("includeGlobal") boolean includeGlobal,
            @Param("actor") String actor,
            @Param("entityType") String entityType,
            @Param("action") String action,
            @Param("from") Instant from,
            @Param("to") Instant to,
            Pageable pageable);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(String entityType, Long entityId);

    @Query("select distinct e.entityType from AuditEvent e where e.organizerId = :organizerId order by e.entityType")
    List<String> entityTypes(@Param("organizerId") long organizerId);

    @Query("select distinct e.action from AuditEvent e where e.organizerId = :organizerId order by e.action")
    List<String> actions(@Param("organizerId") long organizerId);
}
