package vn.thidua.award.onward;

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
import vn.thidua.award.decision.GrantedAward;
import vn.thidua.award.proposal.Gender;
import vn.thidua.award.proposal.ReviewOutcome;

/**
 * One national award an onward proposal asks for: its type, the province's award it builds on, the recipient (the
 * unit, or a person of it, as that award names them), the summary of achievements, the central council's outcome and,
 * once decided, the award the central decision granted.
 */
@Entity
@Table(name = "award_onward_item")
public class OnwardItem {

    public static final int SUMMARY_MAX = 2000;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private OnwardProposal proposal;

    @Column(name = "award_type_id", nullable = false, updatable = false)
    private Long awardTypeId;

    @Column(name = "basis_award_id", nullable = false, updatable = false)
    private Long basisAwardId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "person_name", updatable = false)
    private String personName;

    @Column(name = "person_position", updatable = false)
    private String personPosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_gender", updatable = false)
    private Gender personGender;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    private ReviewOutcome reviewOutcome;

    @Column(name = "review_reason")
    private String reviewReason;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "granted_award_id")
    private Long grantedAwardId;

    protected OnwardItem() {}

    OnwardItem(OnwardProposal proposal, long awardTypeId, GrantedAward basis, String summary) {
        this.proposal = proposal;
        this.awardTypeId = awardTypeId;
        this.basisAwardId = basis.getId();
        this.unitId = basis.getUnitId();
        this.personName = basis.getPersonName();
        this.personPosition = basis.getPersonPosition();
        this.personGender = basis.getPersonGender();
        this.summary = summary;
    }

    void revise(String summary) {
        this.summary = summary;
    }

    void judge(ReviewOutcome outcome, String reason, String actor, Instant at) {
        this.reviewOutcome = outcome;
        this.reviewReason = reason;
        this.reviewedBy = actor;
        this.reviewedAt = at;
    }

    /** Forgets the outcome when the proposal is submitted again: the corrected item is reviewed afresh. */
    void clearReview() {
        judge(null, null, null, null);
    }

    void granted(long awardId) {
        if (grantedAwardId != null) {
            throw new OnwardException("onward.error.decided");
        }
        this.grantedAwardId = awardId;
    }

    public boolean isAccepted() {
        return reviewOutcome == ReviewOutcome.ACCEPTED;
    }

    public boolean isIndividual() {
        return personName != null;
    }

    /** The recipient the central decision grants the national award to: the one the province's award named. */
    public GrantedAward.Recipient recipient() {
        return new GrantedAward.Recipient(unitId, personName, personPosition, personGender);
    }

    public Long getId() {
        return id;
    }

    public OnwardProposal getProposal() {
        return proposal;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public Long getBasisAwardId() {
        return basisAwardId;
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

    public String getSummary() {
        return summary;
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

    public Long getGrantedAwardId() {
        return grantedAwardId;
    }
}
