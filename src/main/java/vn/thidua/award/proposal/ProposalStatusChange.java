package vn.thidua.award.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.common.StatusChange;

/** One move of a proposal's status: never changed afterwards. */
@Entity
@Table(name = "award_proposal_status_change")
public class ProposalStatusChange extends StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    protected ProposalStatusChange() {}

    ProposalStatusChange(long proposalId, ProposalStatus from, ProposalStatus to, String actor, Instant at) {
        super(from, to, actor, at, null);
        this.proposalId = proposalId;
    }

    /** A move with its reason (the comments of a return for correction), written by the organiser's review. */
    public static ProposalStatusChange of(
            long proposalId, ProposalStatus from, ProposalStatus to, String actor, Instant at, String reason) {
        return new ProposalStatusChange(proposalId, from, to, actor, at, reason);
    }

    private ProposalStatusChange(
            long proposalId, ProposalStatus from, ProposalStatus to, String actor, Instant at, String reason) {
        super(from, to, actor, at, reason);
        this.proposalId = proposalId;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }
}
