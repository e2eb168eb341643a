package vn.thidua.award.decision;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DecisionFileRepository extends JpaRepository<DecisionFile, Long> {

    @Query("""
            select new vn.thidua.award.decision.DecisionFileInfo(f.fileName, f.sizeBytes, f.sha256, f.uploadedAt,
                f.uploadedBy)
            from DecisionFile f where f.decisionId = :decisionId""")
    Optional<DecisionFileInfo> infoOf(@Param("decisionId") long decisionId);
}
