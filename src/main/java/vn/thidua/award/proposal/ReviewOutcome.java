package vn.thidua.award.proposal;

/** What the organiser's review made of a proposed item: accepted (it can be decided) or rejected, with a reason. */
public enum ReviewOutcome {
    ACCEPTED,
    REJECTED;

    public String messageKey() {
        return "proposal.review.outcome." + name();
    }
}
