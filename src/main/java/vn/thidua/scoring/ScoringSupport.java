package vn.thidua.scoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Versions;

/** What scoring's services share: finding a round or a sheet for the person asking, and the checks that go with it. */
@Component
class ScoringSupport {

    private final ScoringNames names;
    private final ScoringRoundRepository rounds;
    private final ScoreSheetRepository sheets;
    private final CriterionNodeRepository nodes;
    private final ScoringAccess access;
    private final AccessPolicy policy;
    private final EntityManager entityManager;
    private final Clock clock;

    ScoringSupport(
            ScoringNames names,
            ScoringRoundRepository rounds,
            ScoreSheetRepository sheets,
            CriterionNodeRepository nodes,
            ScoringAccess access,
            AccessPolicy policy,
            EntityManager entityManager,
            Clock clock) {
        this.names = names;
        this.rounds = rounds;
        this.sheets = sheets;
        this.nodes = nodes;
        this.access = access;
        this.policy = policy;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A round to read: only to those who may read it, else not found. */
    ScoringRound readableRound(long roundId) {
        return readableRound(roundId, false);
    }

    /** {@link #readableRound(long)}, with the round's history when {@code withHistory} (in the same query). */
    ScoringRound readableRound(long roundId, boolean withHistory) {
        CurrentUser user = CurrentUsers.require();
        ScoringRound round = (withHistory ? rounds.findFullWithHistory(roundId) : rounds.findFull(roundId))
                .orElseThrow(() -> new NotFoundException("round"));
        if (!access.readsRound(user, round)) {
            throw new NotFoundException("round");
        }
        return round;
    }

    /** The round's criteria as a tree. */
    CriteriaTree tree(ScoringRound round) {
        return new CriteriaTree(
                round.getTable(), nodes.findByTable(round.getTable().getId()));
    }

    /** The sheet, to whoever may see it; not found for anyone else. */
    ScoreSheet visibleSheet(CurrentUser user, long sheetId) {
        ScoreSheet sheet = loadSheet(sheetId);
        if (!access.canSee(user, sheet)) {
            throw new NotFoundException("sheet");
        }
        return sheet;
    }

    /** The sheet, for its own unit to change, at the version they saw. */
    ScoreSheet sheetForUnit(CurrentUser user, long sheetId, long expectedVersion) {
        ScoreSheet sheet = visibleSheet(user, sheetId);
        if (!policy.actsFor(user, sheet.getUnitId())) {
            throw new AccessDeniedException("only the unit's own officers fill its sheet");
        }
        names.requireYearOpen(sheet.getRound());
        Versions.require(expectedVersion, sheet.getVersion());
        return sheet;
    }

    /** The sheet, for its reviewer (the cluster's head, or an administrator), at the version they saw. */
    ScoreSheet sheetForReviewer(CurrentUser user, long sheetId, long expectedVersion) {
        ScoreSheet sheet = visibleSheet(user, sheetId);
        if (!access.canReview(user, sheet)) {
            throw new AccessDeniedException("only the cluster head or an administrator reviews");
        }
        names.requireYearOpen(sheet.getRound());
        Versions.require(expectedVersion, sheet.getVersion());
        return sheet;
    }

    ScoreSheet loadSheet(long sheetId) {
        return sheets.findFull(sheetId).orElseThrow(() -> new NotFoundException("sheet"));
    }

    /** The organiser's round, to change: never one of a closed year. */
    ScoringRound ownRound(CurrentUser user, long roundId) {
        ScoringRound round = rounds.findFull(roundId)
                .filter(found -> found.getTable().getOrganizerId().equals(user.organizerId()))
                .orElseThrow(() -> new NotFoundException("round"));
        names.requireYearOpen(round);
        return round;
    }

    /** Every change to a sheet (its lines included) raises its version, so concurrent edits conflict. */
    void bump(ScoreSheet sheet) {
        entityManager.lock(sheet, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
    }

    Map<String, BigDecimal> bestRatios(long roundId, long exceptSheetId) {
        Map<String, BigDecimal> best = new HashMap<>();
        for (Object[] row : sheets.bestRatios(roundId, exceptSheetId)) {
            best.put((String) row[0], (BigDecimal) row[1]);
        }
        return best;
    }

    LocalDate today() {
        return BusinessTime.today(clock);
    }
}
