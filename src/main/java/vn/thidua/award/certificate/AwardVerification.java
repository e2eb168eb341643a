package vn.thidua.award.certificate;

import java.time.LocalDate;

/**
 * What the public verification page shows of an award: who, what, by which decision, its register number, and whether
 * a later decision took it back (revoked) or replaced it (amended, with the corrected award's code). Nothing else.
 */
public record AwardVerification(
        String unitName,
        String personName,
        String personPosition,
        String awardTypeName,
        String decisionNumber,
        LocalDate decidedOn,
        String authority,
        String registerNumber,
        boolean illustrative,
        Withdrawal withdrawal) {

    /** A later decision that revoked or amended the award; {@code correctedCode} only for an amendment. */
    public record Withdrawal(
            boolean amended, String decisionNumber, LocalDate decidedOn, boolean illustrative, String correctedCode) {}

    public boolean isIndividual() {
        return personName != null;
    }

    public boolean isValid() {
        return withdrawal == null;
    }
}
