package vn.thidua.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.thidua.organization.UnitLevel;

interface UnitRepository extends JpaRepository<Unit, Long> {

    @EntityGraph(attributePaths = {"parent", "successor"})
    @Query("""
            select u from Unit u
            where u.organizerId = :organizerId
              and cast(function('search_key', concat(' ', u.name, ' ', u.shortName, ' ', u.code)) as String) like :word1 escape '\\'
              and cast(function('search_key', concat(' ', u.name, ' ', u.shortName, ' ', u.code)) as String) like :word2 escape '\\'
              and cast(function('search_key', concat(' ', u.name, ' ', u.shortName, ' ', u.code)) as String) like :word3 escape '\\'
              and cast(function('search_key', concat(' ', u.name, ' ', u.shortName, ' ', u.code)) as String) like :word4 escape '\\'
              and (:level is null or u.level = :level)
              and (:includeRetired = true or u.retiredOn is null)
            """)
    Page<Unit> search(
            @Param("organizerId") long organizerId,
            @Param("word1") String word1,
            @Param("word2") String word2,
            @Param("word3") String word3,
            @Param("word4") String word4,
            @Param("level") UnitLevel level,
            @Param("includeRetired") boolean includeRetired,
            Pageable pageable);

    /** One unit with its parent and successor, for its page. */
    @EntityGraph(attributePaths = {"parent", "successor"})
    @Query("select u from Unit u where u.id = :id")
    Optional<Unit> findWithLinks(@Param("id") long id);

    @Query("select u from Unit u where u.organizerId = :organizerId and u.id in :ids")
    List<Unit> findAllOf(@Param("organizerId") long organizerId, @Param("ids") Collection<Long> ids);

    @Query("select u.id from Unit u where u.organizerId = :organizerId order by u.name, u.id")
    List<Long> findIdsByName(@Param("organizerId") long organizerId);

    @Query("select u from Unit u where u.organizerId = :organizerId and u.retiredOn is null order by u.name")
    List<Unit> findActive(@Param("organizerId") long organizerId);

    @Query("select u from Unit u where u.organizerId = :organizerId and lower(u.code) = lower(:code)")
    Optional<Unit> findByCode(@Param("organizerId") long organizerId, @Param("code") String code);

    @Query("select u from Unit u where u.organizerId = :organizerId and lower(u.code) in :codes")
    List<Unit> findByCodes(@Param("organizerId") long organizerId, @Param("codes") Collection<String> lowerCaseCodes);

    @Query("select u from Unit u where u.successor.id = :unitId order by u.name")
    List<Unit> findPredecessors(@Param("unitId") long unitId);

    /** Every unit whose chain of successors leads to this one (a recursive query; a loop cannot repeat a unit). */
    @Query(value = """
            with recursive merged(id) as (
                select id from unit where successor_id = :unitId
                union
                select u.id from unit u join merged m on u.successor_id = m.id)
            select u.* from unit u join merged m on m.id = u.id order by u.name, u.id""", nativeQuery = true)
    List<Unit> findAllPredecessors(@Param("unitId") long unitId);

    /** For each of these units, the ids of the units whose chain of successors leads to it: pairs (unit, merged). */
    @Query(value = """
            with recursive merged(root, id) as (
                select successor_id, id from unit where successor_id in (:unitIds)
                union
                select m.root, u.id from unit u join merged m on u.successor_id = m.id)
            select root, id from merged""", nativeQuery = true)
    List<Object[]> findPredecessorPairs(@Param("unitIds") Collection<Long> unitIds);
}
