package vn.thidua.award.proposal;

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
import java.time.LocalDate;
import java.util.Locale;

/**
 * One proposed item: a member unit (a collective) or a person of a member unit (an individual), for one award type,
 * with the summary of its achievements.
 */
@Entity
@Table(name = "award_proposal_item")
public class ProposalItem {

    public static final int NAME_MAX = 150;
    public static final int POSITION_MAX = 150;
    public static final int SUMMARY_MAX = 4000;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", updatable = false)
    private Proposal proposal;

    @Column(name = "award_type_id", nullable = false, updatable = false)
    private Long awardTypeId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "person_name", length = NAME_MAX)
    private String personName;

    @Column(name = "person_position", length = POSITION_MAX)
    private String personPosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_gender")
    private Gender personGender;

    @Column(name = "person_birth_date")
    private LocalDate personBirthDate;

    @Column(nullable = false)
    private String summary;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_outcome")
    private ReviewOutcome recommendedOutcome;

    @Column(name = "recommendation_reason", length = REASON_MAX)
    private String recommendationReason;

    @Column(name = "recommended_by")
    private String recommendedBy;

    @Column(name = "recommended_at")
    private Instant recommendedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    private ReviewOutcome reviewOutcome;

    @Column(name = "review_reason", length = REASON_MAX)
    private String reviewReason;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected ProposalItem() {}

    ProposalItem(Proposal proposal, long awardTypeId, long unitId, Person person, String summary, Instant at) {
        this.proposal = proposal;
        this.awardTypeId = awardTypeId;
        this.unitId = unitId;
        if (person != null) {
            this.personName = person.name();
            this.personPosition = person.position();
            this.personGender = person.gender();
            this.personBirthDate = person.birthDate();
        }
        this.summary = summary;
        this.createdAt = at;
    }

    /** Changes what may change of an item: the person (for an individual) and the summary. */
    void revise(Person person, String summary) {
        if (person != null) {
            this.personName = person.name();
            this.personPosition = person.position();
            this.personGender = person.gender();
            this.personBirthDate = person.birthDate();
        }
        this.summary = summary;
    }

    /** A reviewer's recommendation, which the administrator's outcome may follow or not. */
    void recommend(ReviewOutcome outcome, String reason, String actor, Instant at) {
        this.recommendedOutcome = outcome;
        this.recommendationReason = reason;
        this.recommendedBy = actor;
        this.recommendedAt = at;
    }

    /** The administrator's outcome of the review: a rejection carries its reason. */
    void judge(ReviewOutcome outcome, String reason, String actor, Instant at) {
        this.reviewOutcome = outcome;
        this.reviewReason = reason;
        this.reviewedBy = actor;
        this.reviewedAt = at;
    }

    /** Forgets the review when the proposal is returned for correction: the resubmitted item is reviewed afresh. */
    void clearReview() {
        recommend(null, null, null, null);
        judge(null, null, null, null);
    }

    public boolean isAccepted() {
        return reviewOutcome == ReviewOutcome.ACCEPTED;
    }

    /** A proposed person: full name, position and gender required, date of birth optional. */
    public record Person(String name, String position, Gender gender, LocalDate birthDate) {

        /** What makes two items the same person: the name without regard to case or spacing. */
        public String key() {
            return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    public boolean isIndividual() {
        return personName != null;
    }

    /** Who is proposed: the same unit and person (for an individual) make the same candidate. */
    public String candidateKey() {
        return unitId + (isIndividual() ? "/" + new Person(personName, personPosition, personGender, null).key() : "");
    }

    public Long getId() {
        return id;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
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

    public LocalDate getPersonBirthDate() {
        return personBirthDate;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ReviewOutcome getRecommendedOutcome() {
        return recommendedOutcome;
    }

    public String getRecommendationReason() {
        return recommendationReason;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }

    public Instant getRecommendedAt() {
        return recommendedAt;
    }

    public ReviewOutcome getReviewOutcome() {
        return reviewOutcome;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
