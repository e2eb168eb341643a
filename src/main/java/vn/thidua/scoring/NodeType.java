package vn.thidua.scoring;

/**
 * What a node of a criteria table is. A group holds sub-groups or criteria whose maxima add up to its own; bonus
 * points (điểm thưởng) and deductions (điểm trừ) are sections whose maximum is a cap and which stand outside the
 * table's total.
 */
public enum NodeType {
    GROUP,
    CRITERION,
    BONUS,
    DEDUCTION;

    /** Sections of bonus points or deductions: their maximum caps what their criteria add up to. */
    public boolean isSection() {
        return this == BONUS || this == DEDUCTION;
    }

    public boolean holdsChildren() {
        return this != CRITERION;
    }

    public String messageKey() {
        return "scoring.nodeType." + name();
    }
}
