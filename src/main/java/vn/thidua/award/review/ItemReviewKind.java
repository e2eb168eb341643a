package vn.thidua.award.review;

/** What one row of an item's review history records. */
public enum ItemReviewKind {
    /** A reviewer's recommendation (its outcome and reason). */
    RECOMMENDED,
    /** The administrator accepted the item. */
    ACCEPTED,
    /** The administrator rejected the item, with a reason. */
    REJECTED,
    /** The proposal was returned for correction: the item's review was forgotten. */
    CLEARED;

    public String messageKey() {
        return "review.itemHistory.kind." + name();
    }
}
