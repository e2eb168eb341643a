package vn.thidua.award.publicity;

import java.time.LocalDate;

/**
 * One decided award as the public list shows it: the award type, the recipient (a unit, or a person with position and
 * unit), the decision, and whether a later decision took it back. Nothing private: no reasons, no birth dates, no ids
 * beyond the verification code.
 */
public record PublicAward(
        long awardTypeId,
        String awardTypeName,
        String personName,
        String personPosition,
        String unitName,
        String decisionNumber,
        LocalDate decidedOn,
        boolean illustrative,
        String verificationCode,
        boolean revoked,
        boolean amended,
        String revokedByNumber,
        LocalDate revokedOn) {

    public boolean individual() {
        return personName != null;
    }
}
