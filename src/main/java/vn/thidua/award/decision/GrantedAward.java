package vn.thidua.award.decision;

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
import org.hibernate.annotations.Immutable;
import vn.thidua.award.proposal.Gender;

/**
 * One award a decision grants: to a unit (a collective) or a person of a unit (an individual), for one award type and
 * year, with its achievement text, register number (số vào sổ) and the code behind its certificate's QR code. Written
 * once; taken back only by a later decision ({@link Revocation}).
 */
@Entity
@Immutable
@Table(name = "award_granted")
public class GrantedAward {

    public static final int ACHIEVEMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    private Decision decision;

    @Column(name = "organizer_id", nullable = false)
    private Long organizerId;

    @Column(name = "award_type_id", nullable = false)
    private Long awardTypeId;

    @Column(nullable = false)
    private int year;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "person_name")
    private String personName;

    @Column(name = "person_position")
    private String personPosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_gender")
    private Gender personGender;

    @Column(nullable = false, length = ACHIEVEMENT_MAX)
    private String achievement;

    @Column(name = "proposal_item_id")
    private Long proposalItemId;

    @Column(name = "amends_id")
    private Long amendsId;

    @Column(name = "register_number", nullable = false)
    private String registerNumber;

    @Column(name = "verification_code", nullable = false)
    private String verificationCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GrantedAward() {}

    public GrantedAward(
            Decision decision,
            Recipient recipient,
            long awardTypeId,
            String achievement,
            Long proposalItemId,
            Long amendsId,
            String registerNumber,
            String verificationCode,
            Instant at) {
        this.decision = decision;
        this.organizerId = decision.getOrganizerId();
        this.year = decision.getYear();
        this.awardTypeId = awardTypeId;
        this.unitId = recipient.unitId();
        this.personName = recipient.personName();
        this.personPosition = recipient.personPosition();
        this.personGender = recipient.personGender();
        this.achievement = achievement;
        this.proposalItemId = proposalItemId;
        this.amendsId = amendsId;
        this.registerNumber = registerNumber;
        this.verificationCode = verificationCode;
        this.createdAt = at;
    }

    /** Who is awarded: a unit, or a person of that unit (name and position both given). */
    public record Recipient(long unitId, String personName, String personPosition, Gender personGender) {

        public static Recipient collective(long unitId) {
            return new Recipient(unitId, null, null, null);
        }

        public boolean isIndividual() {
            return personName != null;
        }
    }

    public Recipient recipient() {
        return new Recipient(unitId, personName, personPosition, personGender);
    }

    public boolean isIndividual() {
        return personName != null;
    }

    public Long getId() {
        return id;
    }

    public Decision getDecision() {
        return decision;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public int getYear() {
        return year;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonPosition() {
        return personPosition;
    }

    public Gender getPersonGender() {
        return personGender;
    }

    public String getAchievement() {
        return achievement;
    }

    public Long getProposalItemId() {
        return proposalItemId;
    }

    public Long getAmendsId() {
        return amendsId;
    }

    public String getRegisterNumber() {
        return registerNumber;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
