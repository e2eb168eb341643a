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
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A decision on awards (quyết định khen thưởng) of an organiser's authority: its number, date, signer and subject.
 * Written once (the database refuses any change); a mistake is corrected by a later decision.
 */
@Entity
@Immutable
@Table(name = "award_decision")
public class Decision {

    public static final int NUMBER_MAX = 50;
    public static final int AUTHORITY_MAX = 255;
    public static final int SIGNER_NAME_MAX = 150;
    public static final int SIGNER_TITLE_MAX = 200;
    public static final int SUBJECT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organizer_id", nullable = false)
    private Long organizerId;

    @Column(nullable = false, length = NUMBER_MAX)
    private String number;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = AUTHORITY_MAX)
    private String authority;

    @Column(name = "signer_name", nullable = false, length = SIGNER_NAME_MAX)
    private String signerName;

    @Column(name = "signer_title", nullable = false, length = SIGNER_TITLE_MAX)
    private String signerTitle;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionSource source;

    @Column(nullable = false)
    private boolean illustrative;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Decision() {}

    public Decision(
            long organizerId,
            DecisionHeader header,
            int year,
            DecisionSource source,
            boolean illustrative,
            String by,
            Instant at) {
        this.organizerId = organizerId;
        this.number = header.number();
        this.decidedOn = header.decidedOn();
        this.authority = header.authority();
        this.signerName = header.signerName();
        this.signerTitle = header.signerTitle();
        this.subject = header.subject();
        this.year = year;
        this.source = source;
        this.illustrative = illustrative;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public DecisionHeader header() {
        return new DecisionHeader(number, decidedOn, authority, signerName, signerTitle, subject);
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public int getYear() {
        return year;
    }

    public String getAuthority() {
        return authority;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getSubject() {
        return subject;
    }

    public DecisionSource getSource() {
        return source;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
