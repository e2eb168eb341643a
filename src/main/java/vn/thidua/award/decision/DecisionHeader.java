package vn.thidua.award.decision;

import java.time.LocalDate;

/**
 * What identifies a decision on paper: its number (số, e.g. {@code 125/QĐ-UBND}), date, issuing authority, signer's
 * name and title, and subject (trích yếu, "Về việc tặng …").
 */
public record DecisionHeader(
        String number, LocalDate decidedOn, String authority, String signerName, String signerTitle, String subject) {}
