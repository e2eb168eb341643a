package vn.thidua.award.decision;

/** How a decision came to be here: recorded by an administrator, or imported with the history of past awards. */
public enum DecisionSource {
    RECORDED,
    IMPORTED;

    public String messageKey() {
        return "decision.source." + name();
    }
}
