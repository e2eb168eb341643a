package vn.thidua.award.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** The signed decision as issued (a PDF), attached once and never replaced. */
@Entity
@Immutable
@Table(name = "award_decision_file")
public class DecisionFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int NAME_MAX = 255;

    @Id
    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected DecisionFile() {}

    DecisionFile(long decisionId, String fileName, byte[] content, String sha256, String by, Instant at) {
        this.decisionId = decisionId;
        this.fileName = fileName;
        this.contentType = "application/pdf";
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long getDecisionId() {
        return decisionId;
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

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
