package vn.thidua.award.decision;

import java.time.LocalDate;

/** A decision as the organiser's list shows it: its header, how many awards it grants and how many were taken back. */
public record DecisionRow(
        long id,
        String number,
        LocalDate decidedOn,
        int year,
        String subject,
        String signerName,
        String signerTitle,
        boolean illustrative,
        long awards,
        long takenBack) {}
