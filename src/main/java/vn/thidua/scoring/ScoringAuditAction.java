package vn.thidua.scoring;

/**
 * What scoring records in the audit trail: the code stored is the constant's name. A round's move to a status is
 * recorded as {@code SCORING_ROUND_<status>} ({@link #movedTo(RoundStatus)}).
 */
enum ScoringAuditAction {
    CRITERIA_TABLE_CREATED,
    CRITERIA_TABLE_UPDATED,
    CRITERIA_TABLE_COPIED,
    CRITERIA_TABLE_IMPORTED,
    CRITERION_NODE_ADDED,
    CRITERION_NODE_UPDATED,
    CRITERION_NODE_REMOVED,
    SCORING_OPENED,
    SCORING_DEADLINES_CHANGED,
    SCORING_ROUND_NOT_OPEN,
    SCORING_ROUND_SELF_SCORING,
    SCORING_ROUND_REVIEW,
    SCORING_ROUND_FINALISED,
    SCORE_FIGURES_RESCORED,
    SCORE_SHEET_SUBMITTED,
    SCORE_SELF_SAVED,
    SCORE_ADJUSTED,
    SCORE_SHEET_REVIEWED,
    SCORE_SHEET_EXPLAINED,
    SCORE_SHEET_FINALISED,
    SCORE_EVIDENCE_ADDED,
    SCORE_EVIDENCE_REMOVED,
    ANNUAL_RESULT_ENTERED,
    ANNUAL_RESULT_CHANGED,
    SCORING_TARGET_SET,
    SCORE_FIGURE_CORRECTED,
    SCORE_SHEET_NOT_SUBMITTED,
    SCORE_EXPLANATION_DECLINED;

    /** The code stored in the audit trail. */
    String code() {
        return name();
    }

    /** The action of a round's move to {@code status}. */
    static ScoringAuditAction movedTo(RoundStatus status) {
        return valueOf("SCORING_ROUND_" + status.name());
    }
}
