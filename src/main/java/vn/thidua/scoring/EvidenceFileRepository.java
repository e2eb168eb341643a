package vn.thidua.scoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    @Query("""
            select new vn.thidua.scoring.EvidenceInfo(e.id, l.node.id, e.fileName, e.contentType, e.sizeBytes, e.uploadedBy, e.uploadedAt)
            from EvidenceFile e join e.line l where l.sheet.id = :sheetId order by e.id
            """)
    List<EvidenceInfo> findInfoBySheet(@Param("sheetId") long sheetId);

    @Query("select e from EvidenceFile e join fetch e.line l where e.id = :id and l.sheet.id = :sheetId")
    java.util.Optional<EvidenceFile> findInSheet(@Param("id") long id, @Param("sheetId") long sheetId);
}
