package vn.thidua.award.minutes;

/** Where the minutes stand: their details are entered, or the signed scan of the printed minutes is uploaded. */
public enum MinutesStatus {
    DRAFT,
    SIGNED;

    public String messageKey() {
        return "minutes.status." + name();
    }
}
