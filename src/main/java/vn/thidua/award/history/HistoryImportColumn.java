package vn.thidua.award.history;

/** The columns of a file of past awards, in the template's order. */
public enum HistoryImportColumn {
    YEAR,
    DECISION_NUMBER,
    DECISION_DATE,
    AUTHORITY,
    SIGNER_NAME,
    SIGNER_TITLE,
    AWARD_TYPE,
    UNIT_CODE,
    PERSON_NAME,
    PERSON_POSITION,
    ACHIEVEMENT;

    public String messageKey() {
        return "history.import.column." + name();
    }
}
