package vn.thidua.award.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An award taken back by a later decision: withdrawn (thu hồi) or replaced by a corrected award. Written once. */
@Entity
@Immutable
@Table(name = "award_revocation")
public class Revocation {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decision_id", nullable = false)
    private Long decisionId;

    @Column(name = "granted_id", nullable = false)
    private Long grantedId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RevocationKind kind;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Revocation() {}

    public Revocation(long decisionId, long grantedId, RevocationKind kind, String reason, Instant at) {
        this.decisionId = decisionId;
        this.grantedId = grantedId;
        this.kind = kind;
        this.reason = reason;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public Long getGrantedId() {
        return grantedId;
    }

    public RevocationKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
