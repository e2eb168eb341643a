package vn.thidua.award.type;

/** What a candidate must meet before it can be proposed for a type. */
public enum PrerequisiteKind {
    REGISTERED,
    RANKED_FIRST,
    OTHER_AWARD_THIS_YEAR,
    CONSECUTIVE_YEARS;

    public String messageKey() {
        return "prerequisite.kind." + name();
    }
}
