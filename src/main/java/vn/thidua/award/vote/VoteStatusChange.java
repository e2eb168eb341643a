package vn.thidua.award.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.thidua.common.StatusChange;

/** One step of a vote's status history. */
@Entity
@Immutable
@Table(name = "vote_history")
public class VoteStatusChange extends StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vote_id", nullable = false, updatable = false)
    private Long voteId;

    protected VoteStatusChange() {}

    VoteStatusChange(long voteId, VoteStatus from, VoteStatus to, String actor, Instant at, String reason) {
        super(from, to, actor, at, reason);
        this.voteId = voteId;
    }

    public Long getId() {
        return id;
    }

    public String fromKey() {
        return getFromStatus() == null
                ? null
                : VoteStatus.valueOf(getFromStatus()).messageKey();
    }

    public String toKey() {
        return VoteStatus.valueOf(getToStatus()).messageKey();
    }
}
