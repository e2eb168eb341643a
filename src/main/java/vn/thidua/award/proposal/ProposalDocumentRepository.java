package vn.thidua.award.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalDocumentRepository extends JpaRepository<ProposalDocument, Long> {

    @Query("""
            select new vn.thidua.award.proposal.DocumentInfo(d.id, d.itemId, d.kind, d.name, d.fileName, d.contentType,
                d.sizeBytes, d.uploadedBy, d.uploadedAt)
            from ProposalDocument d where d.proposalId = :proposalId order by d.id""")
    List<DocumentInfo> infoOf(@Param("proposalId") long proposalId);

    Optional<ProposalDocument> findByIdAndProposalId(long id, long proposalId);
}
