package vn.thidua.scoring;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CriterionNodeRepository extends JpaRepository<CriterionNode, Long> {

    /** A table's whole tree in one query; {@link CriteriaTree} arranges it. */
    @Query("select n from CriterionNode n where n.table.id = :tableId order by n.sortOrder, n.id")
    List<CriterionNode> findByTable(@Param("tableId") long tableId);

    @Query(
            "select count(n) > 0 from CriterionNode n where n.table.id = :tableId and lower(n.code) = lower(:code) and (:exceptId is null or n.id <> :exceptId)")
    boolean codeTaken(@Param("tableId") long tableId, @Param("code") String code, @Param("exceptId") Long exceptId);

    /** Removes a subtree in one statement, so the parent/child references are checked once, at its end. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CriterionNode n where n.id in :ids")
    int deleteAllByIds(@Param("ids") Collection<Long> ids);
}
