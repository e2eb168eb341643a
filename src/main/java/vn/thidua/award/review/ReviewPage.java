package vn.thidua.award.review;

import java.util.List;
import java.util.Map;
import vn.thidua.award.proposal.Proposal;
import vn.thidua.award.proposal.ProposalPage;
import vn.thidua.award.proposal.ProposalRules;
import vn.thidua.award.proposal.ProposalStatus;
import vn.thidua.organization.ClusterYear;

/**
 * The review page of one proposal: what the proposal page shows (items, reports, dossier, status history), the rules'
 * results, each item's review history, the stamps a form posts back, and what the person may do.
 */
public record ReviewPage(
        ProposalPage proposalPage,
        List<ProposalRules.Failure> failures,
        Map<Long, List<ItemReviewEntry>> itemHistory,
        Map<Long, Long> itemStamps,
        long stamp,
        boolean canRecommend,
        boolean canJudge) {

    public ReviewPage {
        failures = List.copyOf(failures);
        itemHistory = Map.copyOf(itemHistory);
        itemStamps = Map.copyOf(itemStamps);
    }

    public Proposal proposal() {
        return proposalPage.proposal().orElseThrow();
    }

    public ClusterYear clusterYear() {
        return proposalPage.clusterYear();
    }

    public long version() {
        return proposal().getVersion();
    }

    public List<ItemReviewEntry> historyOf(long itemId) {
        return itemHistory.getOrDefault(itemId, List.of());
    }

    public long stampOf(long itemId) {
        return itemStamps.getOrDefault(itemId, 0L);
    }

    /** Items still waiting for the administrator's outcome. */
    public long openItems() {
        return proposal().getItems().stream()
                .filter(i -> i.getReviewOutcome() == null)
                .count();
    }

    public boolean underReview() {
        return proposal().getStatus() == ProposalStatus.SUBMITTED
                && !clusterYear().isReadOnly();
    }

    /** Whether the administrator may return the proposal now. */
    public boolean canReturn() {
        return canJudge && underReview();
    }

    /** Whether the administrator may conclude now: every item has its outcome. */
    public boolean canConclude() {
        return canJudge && underReview() && openItems() == 0;
    }
}
