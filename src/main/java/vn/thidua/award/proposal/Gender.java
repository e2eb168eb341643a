package vn.thidua.award.proposal;

/** A proposed person's gender, as the dossier's forms ask for it. */
public enum Gender {
    MALE,
    FEMALE;

    public String messageKey() {
        return "proposal.gender." + name();
    }
}
