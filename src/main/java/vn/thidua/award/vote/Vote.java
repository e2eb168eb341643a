package vn.thidua.award.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A cluster-year's vote (bình xét, suy tôn): one per cluster-year. Its questions, candidates, voters, ballots and tally
 * live in their own tables; the vote holds its status, its times and, once closed, the ballot counts and next year's
 * head. A closed vote never changes (the database refuses it too).
 */
@Entity
@Table(name = "vote")
public class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_id", nullable = false, updatable = false)
    private Long termId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteMethod method;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "members_entitled")
    private Integer membersEntitled;

    @Column(name = "ballots_issued")
    private Integer ballotsIssued;

    @Column(name = "ballots_returned")
    private Integer ballotsReturned;

    @Column(name = "ballots_valid")
    private Integer ballotsValid;

    @Column(name = "ballots_invalid")
    private Integer ballotsInvalid;

    @Column(name = "next_head_unit_id")
    private Long nextHeadUnitId;

    @Column(name = "next_head_tied", nullable = false)
    private boolean nextHeadTied;

    @Column(name = "closed_early", nullable = false)
    private boolean closedEarly;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Vote() {}

    Vote(long termId, int members, Instant opensAt, Instant closesAt, Instant now) {
        this.termId = termId;
        this.status = VoteStatus.PREPARED;
        this.method = VoteMethod.ONLINE;
        this.membersEntitled = members;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdAt = now;
    }

    void requireStatus(VoteStatus expected) {
        if (status != expected) {
            throw new VoteException(
                    status == VoteStatus.CLOSED ? "vote.error.closed" : "vote.error.status." + expected.name());
        }
    }

    void reschedule(Instant opens, Instant closes) {
        requireStatus(VoteStatus.PREPARED);
        this.opensAt = opens;
        this.closesAt = closes;
    }

    VoteStatus open(Instant now) {
        requireStatus(VoteStatus.PREPARED);
        if (closesAt == null || !closesAt.isAfter(now)) {
            throw new VoteException("vote.error.closesInPast");
        }
        status = VoteStatus.OPEN;
        return VoteStatus.PREPARED;
    }

    /** Whether a ballot may be cast at {@code now}: the vote is open and now is within its times. */
    boolean acceptsBallots(Instant now) {
        return status == VoteStatus.OPEN
                && opensAt != null
                && !now.isBefore(opensAt)
                && closesAt != null
                && now.isBefore(closesAt);
    }

    /** Closes the vote with its counts and next year's head; the tally rows are written before this. */
    VoteStatus close(VoteMethod how, Tally.Counts counts, Long nextHead, boolean headTied, boolean early, Instant now) {
        if (status == VoteStatus.CLOSED) {
            throw new VoteException("vote.error.closed");
        }
        VoteStatus from = status;
        this.method = how;
        this.membersEntitled = counts.members();
        this.ballotsIssued = counts.issued();
        this.ballotsReturned = counts.returned();
        this.ballotsValid = counts.valid();
        this.ballotsInvalid = counts.returned() - counts.valid();
        this.nextHeadUnitId = nextHead;
        this.nextHeadTied = headTied;
        this.closedEarly = early;
        this.closedAt = now;
        this.status = VoteStatus.CLOSED;
        return from;
    }

    public Long getId() {
        return id;
    }

    public Long getTermId() {
        return termId;
    }

    public VoteStatus getStatus() {
        return status;
    }

    public VoteMethod getMethod() {
        return method;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Integer getMembersEntitled() {
        return membersEntitled;
    }

    public Integer getBallotsIssued() {
        return ballotsIssued;
    }

    public Integer getBallotsReturned() {
        return ballotsReturned;
    }

    public Integer getBallotsValid() {
        return ballotsValid;
    }

    public Integer getBallotsInvalid() {
        return ballotsInvalid;
    }

    public Long getNextHeadUnitId() {
        return nextHeadUnitId;
    }

    public boolean isNextHeadTied() {
        return nextHeadTied;
    }

    public boolean isClosedEarly() {
        return closedEarly;
    }

    public boolean isClosed() {
        return status == VoteStatus.CLOSED;
    }

    public long getVersion() {
        return version;
    }
}
