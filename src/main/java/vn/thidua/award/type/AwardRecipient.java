package vn.thidua.award.type;

/** Whom an award type is for: a collective (a member unit) or an individual. */
public enum AwardRecipient {
    COLLECTIVE,
    INDIVIDUAL;

    public String messageKey() {
        return "award.recipient." + name();
    }
}
