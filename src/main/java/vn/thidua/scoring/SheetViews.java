package vn.thidua.scoring;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.organization.ClusterYear;

/** A score sheet's page: its lines, totals and evidence, and what the person may do with it now. */
@Service
public class SheetViews {

    private final ScoringNames names;
    private final ScoringSupport support;
    private final ScoringAccess access;
    private final AccessPolicy policy;
    private final EvidenceFileRepository evidenceFiles;
    private final AnnualResultService annualResults;
    private final RoundTargetService roundTargets;

    SheetViews(
            ScoringNames names,
            ScoringSupport support,
            ScoringAccess access,
            AccessPolicy policy,
            EvidenceFileRepository evidenceFiles,
            AnnualResultService annualResults,
            RoundTargetService roundTargets) {
        this.names = names;
        this.support = support;
        this.access = access;
        this.policy = policy;
        this.evidenceFiles = evidenceFiles;
        this.annualResults = annualResults;
        this.roundTargets = roundTargets;
    }

    @Transactional(readOnly = true)
    public SheetView sheet(long sheetId) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.visibleSheet(user, sheetId);
        return view(user, sheet);
    }

    /**
     * The unit's sheet for an import of its scores, refused as saving them would be (not the unit's sheet, not an
     * open draft): the file is read only after this check.
     */
    @Transactional(readOnly = true)
    public SheetView sheetForImport(long sheetId) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = support.visibleSheet(user, sheetId);
        if (!policy.actsFor(user, sheet.getUnitId())) {
            throw new AccessDeniedException("only the unit's own officers fill its sheet");
        }
        sheet.requireDraftOpen(support.today());
        return view(user, sheet);
    }

    private SheetView view(CurrentUser user, ScoreSheet sheet) {
        ScoringRound round = sheet.getRound();
        CriteriaTree tree = support.tree(round);
        boolean unit = policy.actsFor(user, sheet.getUnitId());
        boolean reviewer = access.canReview(user, sheet);
        SheetStatus status = sheet.getStatus();
        LocalDate today = support.today();
        // Nothing of a closed year changes: no form is offered for it.
        ClusterYear year = names.year(round);
        boolean yearOpen = !year.isReadOnly();
        boolean selfScoringOpen =
                yearOpen && round.getStatus() == RoundStatus.SELF_SCORING && !round.selfScoringDeadlinePassed(today);
        boolean reviewOpen = yearOpen && round.getStatus() == RoundStatus.REVIEW && !round.reviewDeadlinePassed(today);
        boolean canFill = unit && status == SheetStatus.DRAFT && selfScoringOpen;
        Notice notice = round.selfScoringDeadlinePassed(today)
                ? new Notice("scoring.round.selfScoringDeadlinePassed", round.getSelfScoringDeadline())
                : round.reviewDeadlinePassed(today)
                        ? new Notice("scoring.round.reviewDeadlinePassed", round.getReviewDeadline())
                        : reviewOpen && sheet.awaitsExplanation(today)
                                ? new Notice(
                                        round.getExplanationDeadline() == null
                                                ? "scoring.sheet.awaitingExplanation"
                                                : "scoring.sheet.awaitingExplanationUntil",
                                        round.getExplanationDeadline())
                                : null;
        boolean canExplain = unit
                && status == SheetStatus.REVIEWED
                && reviewOpen
                && sheet.hasAdjustedLines()
                && !round.explanationWindowPassed(today);
        boolean canFinalise = reviewer
                && (status == SheetStatus.REVIEWED
                        || status == SheetStatus.EXPLAINED
                        || status == SheetStatus.EXPLANATION_DECLINED)
                && reviewOpen
                && !sheet.awaitsExplanation(today);
        boolean canCorrect = reviewer && sheet.isSubmittedOrLater() && status != SheetStatus.FINAL && reviewOpen;
        return new SheetView(
                sheet,
                year.summary(),
                names.units(year, java.util.Set.of(sheet.getUnitId())).get(sheet.getUnitId()),
                tree,
                sheet.totals(tree),
                SheetTotals.of(tree, sheet.selfScores()),
                canFill,
                reviewer && status == SheetStatus.SUBMITTED && reviewOpen,
                canExplain,
                canFinalise,
                sheet.getHistory(),
                unit && status == SheetStatus.DRAFT ? support.bestRatios(round.getId(), sheet.getId()) : Map.of(),
                evidenceFiles.findInfoBySheet(sheet.getId()).stream()
                        .collect(java.util.stream.Collectors.groupingBy(EvidenceInfo::nodeId)),
                notice,
                canFill ? annualResults.linkedResults(sheet, tree) : Map.of(),
                canFill ? roundTargets.targetsOf(sheet, tree) : Map.of(),
                canCorrect);
    }
}
