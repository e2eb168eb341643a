package vn.thidua.scoring;

/** A criteria table is edited as a draft and locked once a scoring round uses it. */
public enum CriteriaTableStatus {
    DRAFT,
    IN_USE;

    public boolean canTransitionTo(CriteriaTableStatus next) {
        return this == DRAFT && next == IN_USE;
    }

    public String messageKey() {
        return "scoring.tableStatus." + name();
    }
}
