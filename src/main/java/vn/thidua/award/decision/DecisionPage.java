package vn.thidua.award.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A decision's page: its header, the awards it grants (each with the later decision that took it back, if any), the
 * earlier awards it took back, its signed file, and whether the person may manage it.
 */
public record DecisionPage(
        Decision decision,
        List<AwardLine> awards,
        List<TakenBackLine> takenBack,
        Optional<DecisionFileInfo> file,
        boolean canManage) {

    /** An award of this decision, its recipient and type named, and what a later decision did to it. */
    public record AwardLine(GrantedAward award, String unitName, String typeName, Mark mark, DecisionRef amends) {

        public boolean isTakenBack() {
            return mark != null;
        }
    }

    /** A later decision that took an award back, and why. */
    public record Mark(RevocationKind kind, String reason, DecisionRef by) {}

    /** Another decision named on this page. */
    public record DecisionRef(long id, String number, LocalDate decidedOn) {

        static DecisionRef of(Decision d) {
            return new DecisionRef(d.getId(), d.getNumber(), d.getDecidedOn());
        }
    }

    /** An award of an earlier decision that this decision revoked or amended. */
    public record TakenBackLine(
            GrantedAward award, String unitName, String typeName, RevocationKind kind, String reason, DecisionRef of) {}

    public long awardsTakenBack() {
        return awards.stream().filter(AwardLine::isTakenBack).count();
    }
}
