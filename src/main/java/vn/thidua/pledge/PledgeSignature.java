package vn.thidua.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.common.BusinessTime;

/**
 * One answer of a unit to an open pledge: signed (with the hash of the text the signer saw) or declined with a
 * reason. Never deleted; a later answer supersedes it and a withdrawal voids it.
 */
@Entity
@Table(name = "pledge_signature")
public class PledgeSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pledge_id")
    private Pledge pledge;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_name", nullable = false)
    private String unitName;

    @Column(name = "signer_id", nullable = false)
    private Long signerId;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignatureRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignatureAnswer answer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignatureStatus status = SignatureStatus.VALID;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "ip_address")
    private String ipAddress;

    @Column(name = "text_hash", nullable = false)
    private String textHash;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "void_reason")
    private String voidReason;

    protected PledgeSignature() {}

    PledgeSignature(
            Pledge pledge,
            long unitId,
            String unitName,
            Actor signer,
            SignatureRole role,
            SignatureAnswer answer,
            Instant answeredAt,
            String ipAddress,
            String textHash,
            String declineReason) {
        this.pledge = pledge;
        this.unitId = unitId;
        this.unitName = unitName;
        this.signerId = signer.userId();
        this.signerName = signer.name();
        this.role = role;
        this.answer = answer;
        this.answeredAt = answeredAt;
        this.ipAddress = ipAddress;
        this.textHash = textHash;
        this.declineReason = declineReason;
    }

    void supersede() {
        moveTo(SignatureStatus.SUPERSEDED);
    }

    void voidBecause(String reason, Instant at) {
        moveTo(SignatureStatus.VOID);
        this.voidedAt = at;
        this.voidReason = reason;
    }

    private void moveTo(SignatureStatus next) {
        if (!status.canTransitionTo(next)) {
            throw new PledgeException("pledge.signature.invalidTransition");
        }
        this.status = next;
    }

    public boolean isValid() {
        return status == SignatureStatus.VALID;
    }

    /** A standing signature: valid and signed (not a decline). */
    public boolean isValidSignature() {
        return status == SignatureStatus.VALID && answer == SignatureAnswer.SIGNED;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unitId", unitId);
        state.put("unitName", unitName);
        state.put("signer", signerName);
        state.put("role", role);
        state.put("answer", answer);
        state.put("status", status);
        state.put("answeredAt", answeredAt);
        state.put("ip", ipAddress);
        state.put("textHash", textHash);
        state.put("declineReason", declineReason);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public Long getSignerId() {
        return signerId;
    }

    public String getSignerName() {
        return signerName;
    }

    public SignatureRole getRole() {
        return role;
    }

    public SignatureAnswer getAnswer() {
        return answer;
    }

    public SignatureStatus getStatus() {
        return status;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public java.time.LocalDateTime getAnsweredAtLocal() {
        return BusinessTime.localDateTime(answeredAt);
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getTextHash() {
        return textHash;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
