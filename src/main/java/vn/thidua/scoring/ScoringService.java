package vn.thidua.scoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Versions;
import vn.thidua.organization.ClusterMember;
import vn.thidua.organization.ClusterTerm;
import vn.thidua.organization.ClusterYearMilestone;
import vn.thidua.organization.ClusterYearMilestone.Milestone;

/**
 * The scoring of cluster-years: administrators open rounds and move them on; units fill and submit their sheets;
 * the cluster head (or an administrator) reviews and finalises; the unit explains once. Each action checks the
 * person's role AND the sheet's state AND the person's scope; a missing scope means no.
 */
@Service
public class ScoringService {

    static final String SHEET = "ScoreSheet";
    static final String ROUND = "ScoringRound";

    private final ScoringRoundRepository rounds;
    private final ScoreSheetRepository sheets;
    private final CriteriaTableRepository tables;
    private final CriterionNodeRepository nodes;
    private final ClusterTerms clusterTerms;
    private final ScoringAccess access;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final EvidenceFileRepository evidenceFiles;
    private final ApplicationEventPublisher events;
    private final AnnualResultService annualResults;
    private final RoundTargetService roundTargets;
    private final ScoringNotifications notify;
    private final AccessPolicy policy;

    ScoringService(
            ScoringRoundRepository rounds,
            ScoreSheetRepository sheets,
            CriteriaTableRepository tables,
            CriterionNodeRepository nodes,
            ClusterTerms clusterTerms,
            ScoringAccess access,
            AuditTrail audit,
            EntityManager entityManager,
            Clock clock,
            EvidenceFileRepository evidenceFiles,
            ApplicationEventPublisher events,
            AnnualResultService annualResults,
            RoundTargetService roundTargets,
            ScoringNotifications notify,
            AccessPolicy policy) {
        this.policy = policy;
        this.rounds = rounds;
        this.sheets = sheets;
        this.tables = tables;
        this.nodes = nodes;
        this.clusterTerms = clusterTerms;
        this.access = access;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
        this.evidenceFiles = evidenceFiles;
        this.events = events;
        this.annualResults = annualResults;
        this.roundTargets = roundTargets;
        this.notify = notify;
    }

    // ---------------------------------------------------------------- rounds (administrators)

    /** The organiser's cluster-years of a year with their rounds: what administrators open and move on. */
    @Transactional(readOnly = true)
    public List<RoundOverview> overview(int year) {
        CurrentUser user = policy.requireStaff();
        List<ClusterTerm> terms = clusterTerms.termsOf(user.organizerId(), year);
        Map<Long, ScoringRound> byTerm = new HashMap<>();
        if (!terms.isEmpty()) {
            rounds.findByTerms(terms.stream().map(ClusterTerm::getId).toList())
                    .forEach(r -> byTerm.put(r.getTerm().getId(), r));
        }
        List<RoundOverview> result = new ArrayList<>();
        for (ClusterTerm term : terms) {
            ScoringRound round = byTerm.get(term.getId());
            CriteriaTable table = round != null
                    ? round.getTable()
                    : tables.findForCluster(term.getCluster().getId(), term.getYear())
                            .orElse(null);
            result.add(new RoundOverview(term, round, table));
        }
        return result;
    }

    /**
     * Opens self-scoring of a cluster-year with the table that applies to its cluster that year: the table is
     * checked and locked, every member gets a draft sheet, and the year moves on to its scoring step (through the
     * steps before it, which also stops changes to its members) unless it is there or further on already.
     */
    @Transactional
    public ScoringRound open(long termId, LocalDate selfScoringDeadline, LocalDate reviewDeadline, String reason) {
        return open(termId, selfScoringDeadline, reviewDeadline, null, NonSubmitterRule.RANK_LAST, reason);
    }

    /** {@link #open(long, LocalDate, LocalDate, String)} with the explanation window and the rule for non-submitters. */
    @Transactional
    public ScoringRound open(
            long termId,
            LocalDate selfScoringDeadline,
            LocalDate reviewDeadline,
            LocalDate explanationDeadline,
            NonSubmitterRule nonSubmitterRule,
            String reason) {
        CurrentUser user = policy.requireAdmin();
        ClusterTerm term = clusterTerms.withMembers(termId);
        requireOwnOrganizer(user, term);
        if (term.getStatus().isReadOnly()) {
            throw new ScoringException("scoring.round.termClosed");
        }
        if (rounds.findByTerm(termId).isPresent()) {
            throw new ScoringException("scoring.round.exists");
        }
        CriteriaTable table = tables.findForCluster(term.getCluster().getId(), term.getYear())
                .orElseThrow(() -> new ScoringException(
                        "scoring.round.noTable", term.getCluster().getName(), term.getYear()));
        CriteriaTree tree = new CriteriaTree(table, nodes.findByTable(table.getId()));
        List<CriteriaTree.Problem> problems = tree.problems();
        if (!problems.isEmpty()) {
            throw new ScoringException("scoring.round.tableInconsistent", table.getName(), problems.size());
        }
        table.putInUse();
        ScoringRound round = new ScoringRound(term, table);
        round.setDeadlines(selfScoringDeadline, reviewDeadline, explanationDeadline);
        round.setNonSubmitterRule(nonSubmitterRule);
        Instant now = clock.instant();
        round.moveTo(RoundStatus.SELF_SCORING, user.getUsername(), now, reason);
        rounds.saveAndFlush(round);
        for (ClusterMember member : term.getMembers()) {
            if (!member.getUnit().isRetired()) {
                sheets.save(new ScoreSheet(round, member.getUnit(), tree.criteria(), now));
            }
        }
        sheets.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.SCORING_OPENED.code(),
                        ROUND,
                        round.getId(),
                        term.getCluster().getName() + " " + term.getYear())
                .withValues(null, round.auditState())
                .withReason(reason));
        events.publishEvent(new ClusterYearMilestone(termId, Milestone.SCORING_OPENED, reason));
        notify.opened(round);
        return round;
    }

    @Transactional
    public void changeDeadlines(long roundId, long expectedVersion, LocalDate selfScoring, LocalDate review) {
        CurrentUser user = policy.requireAdmin();
        ScoringRound round = ownRound(user, roundId);
        changeDeadlines(
                roundId,
                expectedVersion,
                selfScoring,
                review,
                round.getExplanationDeadline(),
                round.getNonSubmitterRule());
    }

    /** The deadlines with the explanation window, and the rule for units that never submit (until self-scoring closes). */
    @Transactional
    public void changeDeadlines(
            long roundId,
            long expectedVersion,
            LocalDate selfScoring,
            LocalDate review,
            LocalDate explanation,
            NonSubmitterRule nonSubmitterRule) {
        CurrentUser user = policy.requireAdmin();
        ScoringRound round = ownRound(user, roundId);
        Versions.require(expectedVersion, round.getVersion());
        Map<String, Object> before = round.auditState();
        LocalDate previousSelfScoring = round.getSelfScoringDeadline();
        round.setDeadlines(selfScoring, review, explanation);
        if (nonSubmitterRule != null && nonSubmitterRule != round.getNonSubmitterRule()) {
            round.setNonSubmitterRule(nonSubmitterRule);
        }
        rounds.flush();
        if (selfScoring != null && (previousSelfScoring == null || selfScoring.isAfter(previousSelfScoring))) {
            rounds.clearClosingReminder(roundId);
        }
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        ScoringAuditAction.SCORING_DEADLINES_CHANGED.code(),
                        ROUND,
                        roundId,
                        summary(round))
                .withValues(before, round.auditState()));
    }

    /**
     * Moves a round on. Into review: self-scoring closes and figures are rescored with the cluster's best. Into
     * finalised: every submitted sheet must be final.
     */
    @Transactional
    public void advance(long roundId, long expectedVersion, RoundStatus next, String reason) {
        CurrentUser user = policy.requireAdmin();
        ScoringRound round = ownRound(user, roundId);
        Versions.require(expectedVersion, round.getVersion());
        Map<String, Object> before = round.auditState();
        Instant now = clock.instant();
        // The lines come without their criteria: reading the table's criteria first lets them find them here.
        nodes.findByTable(round.getTable().getId());
        List<ScoreSheet> roundSheets = sheets.findByRoundWithLines(roundId);
        if (next == RoundStatus.REVIEW) {
            Map<String, BigDecimal> best = bestRatios(roundId, -1L);
            rescoreFigures(round, roundSheets, best, now);
            // Units that never submitted do not vanish: their sheets say so, and the round's rule ranks them.
            for (ScoreSheet sheet : roundSheets) {
                if (sheet.getStatus() == SheetStatus.DRAFT) {
                    sheet.closeUnsubmitted(user.getUsername(), now);
                    audit.record(AuditEntry.of(
                                    user.organizerId(),
                                    ScoringAuditAction.SCORE_SHEET_NOT_SUBMITTED.code(),
                                    SHEET,
                                    sheet.getId(),
                                    sheet.getUnit().getName() + " · " + summary(round))
                            .withValues(
                                    Map.of("status", SheetStatus.DRAFT), Map.of("status", SheetStatus.NOT_SUBMITTED)));
                }
            }
        }
        if (next == RoundStatus.FINALISED) {
            List<String> pending = roundSheets.stream()
                    .filter(s -> s.isSubmittedOrLater() && s.getStatus() != SheetStatus.FINAL)
                    .map(s -> s.getUnit().getShortName())
                    .sorted()
                    .toList();
            if (!pending.isEmpty()) {
                throw new ScoringException("scoring.round.sheetsPending", String.join(", ", pending));
            }
        }
        round.moveTo(next, user.getUsername(), now, reason);
        rounds.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(), ScoringAuditAction.movedTo(next).code(), ROUND, roundId, summary(round))
                .withValues(before, round.auditState())
                .withReason(reason));
        if (next == RoundStatus.FINALISED) {
            events.publishEvent(new ClusterYearMilestone(round.getTerm().getId(), Milestone.RESULTS_PUBLISHED, reason));
            notify.published(round);
        }
    }

    /** Rescores the figures of every submitted sheet not yet final with the cluster's best; each change is audited. */
    void rescoreFigures(ScoringRound round, List<ScoreSheet> roundSheets, Map<String, BigDecimal> best, Instant now) {
        for (ScoreSheet sheet : roundSheets) {
            if (sheet.isSubmittedOrLater() && sheet.getStatus() != SheetStatus.FINAL) {
                Map<String, Object> scoresBefore = sheet.scoreState(ScoreLine::getSelfScore);
                sheet.rescoreFigures(best::get, now);
                Map<String, Object> scoresAfter = sheet.scoreState(ScoreLine::getSelfScore);
                if (!scoresBefore.equals(scoresAfter)) {
                    audit.record(AuditEntry.of(
                                    organizerOf(sheet),
                                    ScoringAuditAction.SCORE_FIGURES_RESCORED.code(),
                                    SHEET,
                                    sheet.getId(),
                                    sheet.getUnit().getName() + " · " + summary(round))
                            .withValues(
                                    changedOnly(scoresBefore, scoresAfter), changedOnly(scoresAfter, scoresBefore)));
                }
            }
        }
    }

    /**
     * The units that have not submitted yet (during self-scoring) or never did (after): what closing self-scoring
     * names in its confirmation, and what the ranking marks.
     */
    static List<String> notSubmitted(List<ScoreSheet> sheets) {
        return sheets.stream()
                .filter(s -> s.getStatus() == SheetStatus.DRAFT || s.isNotSubmitted())
                .map(s -> s.getUnit().getName())
                .sorted()
                .toList();
    }

    /** Reminds the units whose sheets are still drafts that self-scoring closes soon; returns how many people were told. */
    @Transactional
    public int remindSelfScoring(long roundId) {
        CurrentUser user = policy.requireAdmin();
        ScoringRound round = ownRound(user, roundId);
        if (round.getStatus() != RoundStatus.SELF_SCORING) {
            throw new ScoringException("scoring.round.notSelfScoring");
        }
        List<Long> drafts = sheets.findDraftUnitIds(roundId);
        if (drafts.isEmpty()) {
            throw new ScoringException("scoring.rounds.remind.nobody");
        }
        return notify.closingSoon(round, drafts);
    }

    @Transactional(readOnly = true)
    public ScoringRound round(long roundId) {
        CurrentUser user = CurrentUsers.require();
        ScoringRound round = rounds.findFull(roundId).orElseThrow(() -> new NotFoundException("round"));
        if (!access.readsRound(user, round)) {
            throw new NotFoundException("round");
        }
        return round;
    }

    /** A round's page: every sheet's status and totals for those who may see them; one's own sheet for a unit. */
    @Transactional(readOnly = true)
    public RoundView roundView(long roundId) {
        return roundView(roundId, false);
    }

    /** The round's page with every visible sheet's lines loaded, for the export of all sheets. */
    @Transactional(readOnly = true)
    public RoundView roundViewWithLines(long roundId) {
        return roundView(roundId, true);
    }

    private RoundView roundView(long roundId, boolean withLines) {
        CurrentUser user = CurrentUsers.require();
        ScoringRound round = round(roundId);
        CriteriaTree tree = new CriteriaTree(
                round.getTable(), nodes.findByTable(round.getTable().getId()));
        boolean manage = policy.isAdminOf(user, round.getTable().getOrganizerId());
        boolean staff = policy.isStaffOf(user, round.getTable().getOrganizerId());
        boolean head = policy.isHeadOf(user, round.getTerm().getId());
        boolean seeAll = staff || head || round.isFinalised();
        List<ScoreSheet> all = (withLines ? sheets.findByRoundWithLines(roundId) : sheets.findByRound(roundId))
                .stream()
                        .sorted((a, b) -> a.getUnit()
                                .getCode()
                                .compareToIgnoreCase(b.getUnit().getCode()))
                        .toList();
        Map<Long, SheetTotals> computed =
                SheetTotals.bySheet(tree, all.stream().map(ScoreSheet::getId).toList(), sheets.findLineScores(roundId));
        Long own = all.stream()
                .filter(s -> policy.actsFor(user, s.getUnit().getId()))
                .map(ScoreSheet::getId)
                .findFirst()
                .orElse(null);
        Map<Long, SheetTotals> totals = new LinkedHashMap<>();
        List<ScoreSheet> visible = new ArrayList<>();
        java.util.Set<Long> openable = new java.util.HashSet<>();
        for (ScoreSheet sheet : all) {
            if (seeAll || Objects.equals(sheet.getId(), own)) {
                visible.add(sheet);
                // The sheet's own rule decides, as for its page; reading the round already proved membership.
                boolean open = access.canSee(user, sheet, () -> head, () -> true);
                if (open) {
                    openable.add(sheet.getId());
                }
                if (open || sheet.isSubmittedOrLater()) {
                    totals.put(sheet.getId(), computed.get(sheet.getId()));
                }
            }
        }
        return new RoundView(
                round,
                tree,
                visible,
                totals,
                own,
                manage,
                head || manage,
                staff || round.isFinalised(),
                seeAll,
                round.getHistory(),
                openable,
                seeAll ? notSubmitted(all) : List.of());
    }

    /** The rounds the signed-in person's unit takes part in, newest first. */
    @Transactional(readOnly = true)
    public List<RoundOverview> myRounds() {
        CurrentUser user = CurrentUsers.require();
        if (!user.role().isUnitBound() || user.unitId() == null) {
            return List.of();
        }
        List<ClusterTerm> terms = clusterTerms.termsOfUnit(user.unitId());
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<Long, ScoringRound> byTerm = new HashMap<>();
        rounds.findByTerms(terms.stream().map(ClusterTerm::getId).toList())
                .forEach(r -> byTerm.put(r.getTerm().getId(), r));
        return terms.stream()
                .map(term -> new RoundOverview(term, byTerm.get(term.getId()), null))
                .toList();
    }

    // ---------------------------------------------------------------- sheets

    @Transactional(readOnly = true)
    public SheetView sheet(long sheetId) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = loadSheet(sheetId);
        if (!access.canSee(user, sheet)) {
            throw new NotFoundException("sheet");
        }
        return view(user, sheet);
    }

    /**
     * The unit's sheet for an import of its scores, refused as saving them would be (not the unit's sheet, not an
     * open draft): the file is read only after this check.
     */
    @Transactional(readOnly = true)
    public SheetView sheetForImport(long sheetId) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = loadSheet(sheetId);
        if (!access.canSee(user, sheet)) {
            throw new NotFoundException("sheet");
        }
        if (!policy.actsFor(user, sheet.getUnit().getId())) {
            throw new AccessDeniedException("only the unit's own officers fill its sheet");
        }
        sheet.requireDraftOpen(today());
        return view(user, sheet);
    }

    private SheetView view(CurrentUser user, ScoreSheet sheet) {
        ScoringRound round = sheet.getRound();
        CriteriaTree tree = new CriteriaTree(
                round.getTable(), nodes.findByTable(round.getTable().getId()));
        boolean unit = policy.actsFor(user, sheet.getUnit().getId());
        boolean reviewer = access.canReview(user, sheet);
        SheetStatus status = sheet.getStatus();
        LocalDate today = today();
        // Nothing of a closed year changes: no form is offered for it.
        boolean yearOpen = !round.getTerm().getStatus().isReadOnly();
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
                tree,
                sheet.totals(tree),
                SheetTotals.of(tree, sheet.selfScores()),
                canFill,
                reviewer && status == SheetStatus.SUBMITTED && reviewOpen,
                canExplain,
                canFinalise,
                sheet.getHistory(),
                unit && status == SheetStatus.DRAFT ? bestRatios(round.getId(), sheet.getId()) : Map.of(),
                evidenceFiles.findInfoBySheet(sheet.getId()).stream()
                        .collect(java.util.stream.Collectors.groupingBy(EvidenceInfo::nodeId)),
                notice,
                canFill ? annualResults.linkedResults(sheet, tree) : Map.of(),
                canFill ? roundTargets.targetsOf(sheet, tree) : Map.of(),
                canCorrect);
    }

    /**
     * Saves the unit's draft and attaches an evidence file to one of its criteria, all or nothing: a refused file
     * leaves the draft as it was, and scores that do not pass leave the file out.
     */
    @Transactional
    public EvidenceInfo saveDraftAndAttach(
            long sheetId,
            long expectedVersion,
            Map<String, ScoreSheet.SelfEntry> entries,
            long nodeId,
            String fileName,
            byte[] content) {
        saveDraft(sheetId, expectedVersion, entries);
        return attachEvidence(sheetId, nodeId, fileName, content);
    }

    /** Saves the unit's draft: anything entered so far, checked line by line against its criterion. */
    @Transactional
    public void saveDraft(long sheetId, long expectedVersion, Map<String, ScoreSheet.SelfEntry> entries) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = sheetForUnit(user, sheetId, expectedVersion);
        fill(sheet, entries);
        bump(sheet);
    }

    /** Submits the sheet as it stands. */
    @Transactional
    public void submit(long sheetId, long expectedVersion) {
        saveAndSubmit(sheetId, expectedVersion, Map.of());
    }

    /** Saves what the unit entered last and submits the sheet, in one step. */
    @Transactional
    public void saveAndSubmit(long sheetId, long expectedVersion, Map<String, ScoreSheet.SelfEntry> entries) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = sheetForUnit(user, sheetId, expectedVersion);
        if (!entries.isEmpty()) {
            fill(sheet, entries);
        }
        java.util.Set<Long> withFiles = evidenceFiles.findInfoBySheet(sheet.getId()).stream()
                .map(EvidenceInfo::nodeId)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> keys = sheet.getLines().stream()
                .filter(l -> withFiles.contains(l.getNode().getId()))
                .map(l -> l.getNode().key())
                .collect(java.util.stream.Collectors.toSet());
        sheet.submit(user.getUsername(), today(), clock.instant(), keys);
        bump(sheet);
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_SHEET_SUBMITTED.code(),
                        SHEET,
                        sheet.getId(),
                        summary(sheet))
                .withValues(Map.of("status", SheetStatus.DRAFT), Map.of("status", sheet.getStatus())));
        notify.submitted(sheet);
    }

    private void fill(ScoreSheet sheet, Map<String, ScoreSheet.SelfEntry> entries) {
        Map<String, Object> before = sheet.scoreState(ScoreLine::getSelfScore);
        // Figures are scored against the unit's set target and the best of the sheets other units submitted so far
        // (this unit's own counts when higher).
        Map<String, BigDecimal> best = bestRatios(sheet.getRound().getId(), sheet.getId());
        CriteriaTree tree = new CriteriaTree(
                sheet.getRound().getTable(),
                nodes.findByTable(sheet.getRound().getTable().getId()));
        Map<String, BigDecimal> targets = roundTargets.targetsOf(sheet, tree);
        sheet.fillSelf(entries, targets::get, best::get, today(), clock.instant());
        Map<String, Object> after = sheet.scoreState(ScoreLine::getSelfScore);
        if (!before.equals(after)) {
            audit.record(AuditEntry.of(
                            organizerOf(sheet),
                            ScoringAuditAction.SCORE_SELF_SAVED.code(),
                            SHEET,
                            sheet.getId(),
                            summary(sheet))
                    .withValues(changedOnly(before, after), changedOnly(after, before)));
        }
    }

    @Transactional
    public void review(long sheetId, long expectedVersion, Map<String, ScoreSheet.Decision> decisions) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = sheetForReviewer(user, sheetId, expectedVersion);
        Map<String, Object> before = sheet.scoreState(ScoreLine::getSelfScore);
        sheet.review(decisions, user.getUsername(), clock.instant(), today());
        bump(sheet);
        for (ScoreLine line : sheet.getLines()) {
            if (line.isAdjusted()) {
                audit.record(AuditEntry.of(
                                organizerOf(sheet),
                                ScoringAuditAction.SCORE_ADJUSTED.code(),
                                SHEET,
                                sheet.getId(),
                                summary(sheet) + " · " + line.getNode().getCode())
                        .withValues(
                                Map.of(
                                        line.getNode().getCode(),
                                        String.valueOf(before.get(line.getNode().getCode()))),
                                Map.of(line.getNode().getCode(), line.getReviewScore()))
                        .withReason(line.getReviewReason()));
            }
        }
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_SHEET_REVIEWED.code(),
                        SHEET,
                        sheet.getId(),
                        summary(sheet))
                .withValues(Map.of("status", SheetStatus.SUBMITTED), Map.of("status", sheet.getStatus())));
        notify.adjusted(
                sheet, sheet.getLines().stream().filter(ScoreLine::isAdjusted).toList());
    }

    @Transactional
    public void explain(long sheetId, long expectedVersion, Map<String, String> explanations) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = sheetForUnit(user, sheetId, expectedVersion);
        sheet.explain(explanations, user.getUsername(), clock.instant(), today());
        bump(sheet);
        Map<String, Object> given = new LinkedHashMap<>();
        sheet.getLines().stream()
                .filter(l -> l.getUnitExplanation() != null)
                .forEach(l -> given.put(l.getNode().getCode(), l.getUnitExplanation()));
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_SHEET_EXPLAINED.code(),
                        SHEET,
                        sheet.getId(),
                        summary(sheet))
                .withValues(null, given));
        notify.explained(sheet, false);
    }

    /** The unit declines to explain its adjusted lines, so that the reviewer may decide without waiting. */
    @Transactional
    public void declineExplanation(long sheetId, long expectedVersion, String reason) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = sheetForUnit(user, sheetId, expectedVersion);
        sheet.declineExplanation(reason, user.getUsername(), clock.instant(), today());
        bump(sheet);
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_EXPLANATION_DECLINED.code(),
                        SHEET,
                        sheet.getId(),
                        summary(sheet))
                .withValues(Map.of("status", SheetStatus.REVIEWED), Map.of("status", sheet.getStatus()))
                .withReason(reason));
        notify.explained(sheet, true);
    }

    @Transactional
    public void finalise(long sheetId, long expectedVersion, Map<String, ScoreSheet.Decision> decisions) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = sheetForReviewer(user, sheetId, expectedVersion);
        Map<String, Object> before = sheet.scoreState(ScoreLine::getReviewScore);
        sheet.finalise(decisions, user.getUsername(), clock.instant(), today());
        bump(sheet);
        for (ScoreLine line : sheet.getLines()) {
            if (line.getFinalReason() != null) {
                audit.record(AuditEntry.of(
                                organizerOf(sheet),
                                ScoringAuditAction.SCORE_ADJUSTED.code(),
                                SHEET,
                                sheet.getId(),
                                summary(sheet) + " · " + line.getNode().getCode())
                        .withValues(
                                Map.of(
                                        line.getNode().getCode(),
                                        String.valueOf(before.get(line.getNode().getCode()))),
                                Map.of(line.getNode().getCode(), line.getFinalScore()))
                        .withReason(line.getFinalReason()));
            }
        }
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_SHEET_FINALISED.code(),
                        SHEET,
                        sheet.getId(),
                        summary(sheet))
                .withValues(null, sheet.scoreState(ScoreLine::getFinalScore)));
        notify.finalised(sheet);
    }

    // ---------------------------------------------------------------- evidence

    /** Attaches a file to a line of the unit's draft, once its content proves it a document or an image. */
    @Transactional
    public EvidenceInfo attachEvidence(long sheetId, long nodeId, String fileName, byte[] content) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = loadSheet(sheetId);
        if (!access.canSee(user, sheet)) {
            throw new NotFoundException("sheet");
        }
        if (!policy.actsFor(user, sheet.getUnit().getId())) {
            throw new AccessDeniedException("only the unit's own officers attach evidence");
        }
        requireYearOpen(sheet.getRound());
        sheet.requireDraftOpen(today());
        ScoreLine line = sheet.getLines().stream()
                .filter(l -> l.getNode().getId() == nodeId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("line"));
        if (content == null || content.length == 0) {
            throw new ScoringException("scoring.evidence.empty");
        }
        if (content.length > EvidenceType.MAX_BYTES) {
            throw new ScoringException("scoring.evidence.tooLarge", EvidenceType.MAX_BYTES / (1024 * 1024));
        }
        String cleaned = safeName(fileName);
        EvidenceType type = EvidenceType.detect(content, cleaned)
                .orElseThrow(
                        () -> new ScoringException("scoring.evidence.typeRefused", cleaned.isEmpty() ? "—" : cleaned));
        String name = cleaned.isEmpty() ? "minh-chung." + type.extensions().get(0) : cleaned;
        if (!type.matchesName(name)) {
            throw new ScoringException(
                    "scoring.evidence.nameMismatch",
                    name,
                    type.extensions().stream().map(e -> "." + e).collect(java.util.stream.Collectors.joining(", ")));
        }
        EvidenceFile file = evidenceFiles.saveAndFlush(
                new EvidenceFile(line, name, type, content, user.getUsername(), clock.instant()));
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_EVIDENCE_ADDED.code(),
                        SHEET,
                        sheet.getId(),
                        summary(sheet) + " · " + line.getNode().getCode())
                .withValues(
                        null,
                        Map.of(
                                "criterion",
                                line.getNode().getCode(),
                                "file",
                                name,
                                "bytes",
                                content.length,
                                "type",
                                type.contentType())));
        return new EvidenceInfo(
                file.getId(), nodeId, name, type.contentType(), content.length, user.getUsername(), clock.instant());
    }

    @Transactional
    public void removeEvidence(long sheetId, long evidenceId) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = loadSheet(sheetId);
        if (!access.canSee(user, sheet)) {
            throw new NotFoundException("sheet");
        }
        if (!policy.actsFor(user, sheet.getUnit().getId())) {
            throw new AccessDeniedException("only the unit's own officers remove evidence");
        }
        requireYearOpen(sheet.getRound());
        sheet.requireDraftOpen(today());
        EvidenceFile file =
                evidenceFiles.findInSheet(evidenceId, sheetId).orElseThrow(() -> new NotFoundException("evidence"));
        evidenceFiles.delete(file);
        audit.record(AuditEntry.of(
                        organizerOf(sheet),
                        ScoringAuditAction.SCORE_EVIDENCE_REMOVED.code(),
                        SHEET,
                        sheet.getId(),
                        summary(sheet))
                .withValues(Map.of("file", file.getFileName(), "bytes", file.getSizeBytes()), null));
    }

    /** An evidence file for download, to whoever may see the sheet. */
    @Transactional(readOnly = true)
    public EvidenceFile evidence(long sheetId, long evidenceId) {
        CurrentUser user = CurrentUsers.require();
        ScoreSheet sheet = loadSheet(sheetId);
        if (!access.canSee(user, sheet)) {
            throw new NotFoundException("sheet");
        }
        return evidenceFiles.findInSheet(evidenceId, sheetId).orElseThrow(() -> new NotFoundException("evidence"));
    }

    /**
     * The name without its folders, quotes, control characters and invisible format characters (among them the
     * bidirectional overrides, such as U+202E, that make a name ending in {@code .exe} display as one ending in
     * {@code .jpg}); empty when nothing is left.
     */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = UNSAFE_IN_NAME
                .matcher(name.substring(name.lastIndexOf('/') + 1))
                .replaceAll("")
                .strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** Control (Cc) and format (Cf) characters, line and paragraph separators, and quotes. */
    private static final java.util.regex.Pattern UNSAFE_IN_NAME =
            java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"]");

    // ---------------------------------------------------------------- ranking

    /** The ranking: members see it once the round is final, provincial staff at any time (provisional before). */
    @Transactional(readOnly = true)
    public RankingView ranking(long roundId) {
        CurrentUser user = CurrentUsers.require();
        ScoringRound round = round(roundId);
        boolean staff = policy.isStaffOf(user, round.getTable().getOrganizerId());
        if (!staff && !round.isFinalised()) {
            throw new ScoringException("scoring.ranking.notYet");
        }
        return rankingOf(round, staff);
    }

    /** The round's ranking, with the outliers when {@code withOutliers}; checks nobody's rights. */
    RankingView rankingOf(ScoringRound round, boolean withOutliers) {
        long roundId = round.getId();
        CriteriaTree tree = new CriteriaTree(
                round.getTable(), nodes.findByTable(round.getTable().getId()));
        List<ScoreSheet> all = sheets.findByRound(roundId);
        List<ScoreSheet> ranked =
                all.stream().filter(ScoreSheet::isSubmittedOrLater).toList();
        List<LineScores> lines = sheets.findLineScores(roundId);
        Map<Long, SheetTotals> totals =
                SheetTotals.bySheet(tree, ranked.stream().map(ScoreSheet::getId).toList(), lines);
        List<Ranking.Candidate> candidates = new ArrayList<>();
        for (ScoreSheet sheet : ranked) {
            candidates.add(Ranking.candidate(
                    sheet.getId(),
                    sheet.getUnit().getId(),
                    sheet.getUnit().getCode(),
                    sheet.getUnit().getName(),
                    sheet.getUnit().getShortName(),
                    tree,
                    totals.get(sheet.getId())));
        }
        SheetTotals nothing = SheetTotals.of(tree, Map.of());
        List<Ranking.Candidate> absent = all.stream()
                .filter(ScoreSheet::isNotSubmitted)
                .map(sheet -> Ranking.candidate(
                        sheet.getId(),
                        sheet.getUnit().getId(),
                        sheet.getUnit().getCode(),
                        sheet.getUnit().getName(),
                        sheet.getUnit().getShortName(),
                        tree,
                        nothing))
                .toList();
        List<FigureOutliers.Outlier> outliers = withOutliers
                ? FigureOutliers.of(
                        tree,
                        ranked.stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        ScoreSheet::getId, s -> s.getUnit().getName())),
                        lines)
                : List.of();
        return new RankingView(
                round,
                tree,
                Ranking.of(candidates, absent, round.getNonSubmitterRule()),
                !round.isFinalised(),
                outliers);
    }

    private ScoreSheet sheetForUnit(CurrentUser user, long sheetId, long expectedVersion) {
        ScoreSheet sheet = loadSheet(sheetId);
        if (!access.canSee(user, sheet)) {
            throw new NotFoundException("sheet");
        }
        if (!policy.actsFor(user, sheet.getUnit().getId())) {
            throw new AccessDeniedException("only the unit's own officers fill its sheet");
        }
        requireYearOpen(sheet.getRound());
        Versions.require(expectedVersion, sheet.getVersion());
        return sheet;
    }

    /** The sheet, for its reviewer (the cluster's head, or an administrator), at the version they saw. */
    ScoreSheet sheetForReviewer(CurrentUser user, long sheetId, long expectedVersion) {
        ScoreSheet sheet = loadSheet(sheetId);
        if (!access.canSee(user, sheet)) {
            throw new NotFoundException("sheet");
        }
        if (!access.canReview(user, sheet)) {
            throw new AccessDeniedException("only the cluster head or an administrator reviews");
        }
        requireYearOpen(sheet.getRound());
        Versions.require(expectedVersion, sheet.getVersion());
        return sheet;
    }

    private ScoreSheet loadSheet(long sheetId) {
        return sheets.findFull(sheetId).orElseThrow(() -> new NotFoundException("sheet"));
    }

    /** The organiser's round, to change: never one of a closed year. */
    private ScoringRound ownRound(CurrentUser user, long roundId) {
        ScoringRound round = rounds.findFull(roundId)
                .filter(found -> found.getTable().getOrganizerId().equals(user.organizerId()))
                .orElseThrow(() -> new NotFoundException("round"));
        requireYearOpen(round);
        return round;
    }

    /** Nothing of a closed year changes (khóa sổ); the database refuses it as well. */
    static void requireYearOpen(ScoringRound round) {
        if (round.getTerm().getStatus().isReadOnly()) {
            throw new ScoringException("scoring.round.termClosed");
        }
    }

    private static void requireOwnOrganizer(CurrentUser user, ClusterTerm term) {
        if (!term.getCluster().getOrganizerId().equals(user.organizerId())) {
            throw new NotFoundException("term");
        }
    }

    /** Every change to a sheet (its lines included) raises its version, so concurrent edits conflict. */
    void bump(ScoreSheet sheet) {
        entityManager.lock(sheet, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
    }

    private Map<String, BigDecimal> bestRatios(long roundId, long exceptSheetId) {
        Map<String, BigDecimal> best = new HashMap<>();
        for (Object[] row : sheets.bestRatios(roundId, exceptSheetId)) {
            best.put((String) row[0], (BigDecimal) row[1]);
        }
        return best;
    }

    private LocalDate today() {
        return BusinessTime.today(clock);
    }

    private static Long organizerOf(ScoreSheet sheet) {
        return sheet.getRound().getTable().getOrganizerId();
    }

    private static String summary(ScoringRound round) {
        return round.getTerm().getCluster().getName() + " " + round.getTerm().getYear();
    }

    private static String summary(ScoreSheet sheet) {
        return sheet.getUnit().getName() + " · " + summary(sheet.getRound());
    }

    private static Map<String, Object> changedOnly(Map<String, Object> values, Map<String, Object> other) {
        Map<String, Object> changed = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!Objects.equals(value, other.get(key))) {
                changed.put(key, value);
            }
        });
        return changed;
    }
}
