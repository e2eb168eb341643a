package vn.thidua.award.type;

/** Whether an award type may be chosen for new registrations, votes and proposals. */
public enum AwardTypeStatus {
    ACTIVE,
    INACTIVE;

    public String messageKey() {
        return "award.type.status." + name();
    }
}
