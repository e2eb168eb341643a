package vn.thidua.pledge;

import java.util.List;
import org.springframework.data.jpa.repository.Query;

/**
 * Deliberate breaches, in the test sources only: queries of the pledge module that read organisation's entity and
 * table. {@code ArchitectureRulesTest} checks that its query rule catches them, and leaves the pledge's own query alone.
 * Not a repository, so that nothing runs these queries.
 */
public interface ArchitectureQueryProbe {

    @Query("select u.name from Unit u where u.id in :ids")
    List<String> unitNames(List<Long> ids);

    @Query(nativeQuery = true, value = "select count(*) from cluster_member where term_id = :termId")
    long memberCount(long termId);

    @Query("select p from Pledge p where p.clusterYearId = :termId")
    List<Pledge> ownPledges(long termId);
}
