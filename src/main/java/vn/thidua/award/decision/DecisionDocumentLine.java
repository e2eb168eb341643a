package vn.thidua.award.decision;

/** One line of a decision's list of recipients: who, which award, for what. */
public record DecisionDocumentLine(String recipient, String typeName, String achievement) {}
