package vn.thidua.award.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded document of a proposal's dossier: the minutes, an item's achievement report, or another, named. */
@Entity
@Table(name = "award_proposal_document")
public class ProposalDocument {

    public static final int NAME_MAX = 255;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProposalDocumentKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected ProposalDocument() {}

    ProposalDocument(
            long proposalId,
            Long itemId,
            ProposalDocumentKind kind,
            String name,
            DossierFile file,
            String by,
            Instant at) {
        this.proposalId = proposalId;
        this.itemId = itemId;
        this.kind = kind;
        this.name = name;
        this.fileName = file.fileName();
        this.contentType = file.type().contentType();
        this.sizeBytes = file.content().length;
        this.content = file.content();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getItemId() {
        return itemId;
    }

    public ProposalDocumentKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
