package vn.thidua.pledge;

/** What a new draft starts from. */
public enum DraftSource {
    TEMPLATE,
    PREVIOUS_YEAR
}
