package vn.thidua.award.onward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.common.StatusChange;

/** One move of an onward proposal's status, with the council's comments on a return: never changed afterwards. */
@Entity
@Table(name = "award_onward_status_change")
public class OnwardStatusChange extends StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    protected OnwardStatusChange() {}

    OnwardStatusChange(long proposalId, OnwardStatus from, OnwardStatus to, String actor, Instant at, String reason) {
        super(from, to, actor, at, reason);
        this.proposalId = proposalId;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    /** The message key of the status moved to. */
    public String toStatusKey() {
        return OnwardStatus.valueOf(getToStatus()).messageKey();
    }
}
