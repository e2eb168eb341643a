package vn.thidua.award.decision;

import java.util.List;

/**
 * A later decision that takes back awards of an earlier one, as typed: its own header (the date as typed) and, for
 * each award named, whether it is revoked (thu hồi) or amended, the reason, and for an amendment the corrected
 * achievement text and, for an individual, the corrected name and position.
 */
public record TakeBackCommand(
        String number,
        String decidedOn,
        String authority,
        String signerName,
        String signerTitle,
        String subject,
        List<Change> changes) {

    public TakeBackCommand {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public record Change(
            long awardId,
            RevocationKind kind,
            String reason,
            String correctedAchievement,
            String correctedName,
            String correctedPosition) {}
}
