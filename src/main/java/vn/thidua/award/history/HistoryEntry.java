package vn.thidua.award.history;

import java.time.LocalDate;
import vn.thidua.award.decision.RevocationKind;

/**
 * One award as the history shows it: the type, the collective or the person, the decision that granted it, its
 * register number, and, when a later decision took it back, that decision.
 *
 * @param unitId         the unit awarded (a predecessor's id for an award of a merged unit)
 * @param revocationKind {@code null} while the award stands
 */
public record HistoryEntry(
        long id,
        int year,
        long awardTypeId,
        String awardTypeName,
        long unitId,
        String personName,
        String personPosition,
        String achievement,
        long decisionId,
        String decisionNumber,
        LocalDate decidedOn,
        boolean illustrative,
        String registerNumber,
        RevocationKind revocationKind,
        String revocationReason,
        Long laterDecisionId,
        String laterDecisionNumber,
        LocalDate laterDecidedOn) {

    public boolean isIndividual() {
        return personName != null;
    }

    public boolean isTakenBack() {
        return revocationKind != null;
    }
}
