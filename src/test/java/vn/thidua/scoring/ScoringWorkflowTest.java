package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.common.NotFoundException;
import vn.thidua.support.IntegrationTest;

class ScoringWorkflowTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    RoundService roundService;

    @Autowired
    SelfScoringService selfScoring;

    @Autowired
    SheetViews sheetViews;

    @Autowired
    ReviewService reviews;

    @Autowired
    RankingService rankings;

    ScoringFixture f;

    @BeforeEach
    void setUp() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void open() {
        f.as("admin");
        roundOpening.open(
                f.termId, LocalDate.now().plusDays(30), LocalDate.now().plusDays(60), "Mở chấm điểm");
        // Targets of figures are the round's, no longer typed by each unit.
        f.target("I.1", "100");
    }

    private static Map<String, ScoreSheet.SelfEntry> entries(Object... codeAndValues) {
        Map<String, ScoreSheet.SelfEntry> map = new HashMap<>();
        for (int i = 0; i < codeAndValues.length; i += 2) {
            Object value = codeAndValues[i + 1];
            if (value instanceof String[] figure) {
                // The figure's target (figure[1]) is set on the round by the administrator, not entered by the unit.
                map.put(
                        (String) codeAndValues[i],
                        new ScoreSheet.SelfEntry(new BigDecimal(figure[0]), "Báo cáo số liệu"));
            } else {
                map.put(
                        (String) codeAndValues[i],
                        new ScoreSheet.SelfEntry(new BigDecimal((String) value), "Minh chứng"));
            }
        }
        return map;
    }

    private static Map<String, ScoreSheet.SelfEntry> complete(
            String figure, String i2, String ii1, String ii2, String t1, String tr1) {
        return entries(
                "I.1", new String[] {figure, "100"}, "I.2", i2, "II.1", ii1, "II.2", ii2, "T.1", t1, "TR.1", tr1);
    }

    private void fillAndSubmit(String officer, long unit, Map<String, ScoreSheet.SelfEntry> values) {
        f.as(officer);
        long sheet = f.sheetOf(unit);
        selfScoring.saveDraft(sheet, f.version(sheet), values);
        selfScoring.submit(sheet, f.version(sheet));
    }

    private void toReview() {
        f.as("admin");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.REVIEW, "Hết hạn tự chấm");
    }

    @Test
    void openingLocksTheTableAndGivesEveryMemberADraftSheet() {
        open();
        assertThat(jdbc.queryForObject("select status from criteria_table where id = ?", String.class, f.tableId))
                .isEqualTo("IN_USE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_sheet s join scoring_round r on r.id = s.round_id where r.term_id = ? and s.status = 'DRAFT'",
                        Integer.class,
                        f.termId))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_line where sheet_id = ?", Integer.class, f.sheetOf(f.unitB)))
                .isEqualTo(6);
        assertThat(jdbc.queryForObject(
                        "select count(*) from scoring_round_history h join scoring_round r on r.id = h.round_id where r.term_id = ? and h.to_status = 'SELF_SCORING' and h.actor = 'admin'",
                        Integer.class,
                        f.termId))
                .isEqualTo(1);
        f.as("admin");
        assertThatThrownBy(() -> tables.addNode(f.tableId, null, ScoringFixture.group("III", "1")))
                .hasMessageContaining("scoring.table.locked");
    }

    @Test
    void anInconsistentTableCannotBeOpened() {
        f.as("admin");
        CriterionNode extra =
                tables.addNode(f.tableId, null, ScoringFixture.criterion("III", "5", CriterionKind.PASS_FAIL, null));
        assertThat(tables.problems(f.tableId))
                .extracting(CriteriaTree.Problem::key)
                .containsExactly("scoring.check.totalMismatch");
        assertThatThrownBy(this::open).hasMessageContaining("scoring.round.tableInconsistent");
        tables.removeNode(f.tableId, extra.getId());
        open();
    }

    @Test
    void onlyAdministratorsOpenScoring() {
        f.as(f.headUser);
        assertThatThrownBy(() -> roundOpening.open(f.termId, null, null, null))
                .isInstanceOf(AccessDeniedException.class);
        f.as("kiengiang");
        assertThatThrownBy(() -> roundOpening.open(f.termId, null, null, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void scoresOutsideTheirBoundsAreRefusedAndNothingIsSaved() {
        open();
        f.as(f.officerB);
        long sheet = f.sheetOf(f.unitB);
        assertThatThrownBy(() -> selfScoring.saveDraft(sheet, f.version(sheet), entries("I.2", "35", "II.2", "31")))
                .hasMessageContaining("scoring.score.outOfBounds");
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_line where sheet_id = ? and self_score is not null",
                        Integer.class,
                        sheet))
                .isZero();
        selfScoring.saveDraft(sheet, f.version(sheet), entries("I.2", "35", "TR.1", "5"));
        assertThat(jdbc.queryForObject(
                        "select self_score from score_line l join criterion_node n on n.id = l.node_id where l.sheet_id = ? and n.code = 'TR.1'",
                        BigDecimal.class,
                        sheet))
                .isEqualByComparingTo("6");
    }

    @Test
    void aSheetNeedsEveryCriterionScoredBeforeItIsSubmitted() {
        open();
        f.as(f.officerB);
        long sheet = f.sheetOf(f.unitB);
        selfScoring.saveDraft(sheet, f.version(sheet), entries("I.2", "35"));
        assertThatThrownBy(() -> selfScoring.submit(sheet, f.version(sheet)))
                .hasMessageContaining("scoring.submit.missing")
                .hasMessageContaining("II.1");
    }

    @Test
    void aSubmittedSheetRefusesEditsByTheUnit() {
        open();
        fillAndSubmit(f.officerB, f.unitB, complete("110", "35", "1", "25", "1", "1"));
        long sheet = f.sheetOf(f.unitB);
        assertThatThrownBy(() -> selfScoring.saveDraft(sheet, f.version(sheet), entries("I.2", "40")))
                .hasMessageContaining("scoring.sheet.notDraft");
    }

    @Test
    void anOfficerNeitherSeesNorChangesAnotherUnitsSheet() {
        open();
        f.as(f.officerC);
        long sheetB = f.sheetOf(f.unitB);
        assertThatThrownBy(() -> sheetViews.sheet(sheetB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> selfScoring.saveDraft(sheetB, f.version(sheetB), entries("I.2", "40")))
                .isInstanceOf(NotFoundException.class);
        f.as("anphu");
        assertThatThrownBy(() -> sheetViews.sheet(sheetB)).isInstanceOf(NotFoundException.class);
        f.as(f.headUser);
        assertThatThrownBy(() -> sheetViews.sheet(sheetB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> selfScoring.saveDraft(sheetB, f.version(sheetB), entries("I.2", "40")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theHeadSeesAMembersSheetOnceSubmittedButNeverChangesItsClaims() {
        open();
        fillAndSubmit(f.officerB, f.unitB, complete("110", "35", "1", "25", "1", "1"));
        long sheetB = f.sheetOf(f.unitB);
        f.as(f.headUser);
        assertThat(sheetViews.sheet(sheetB).canFill()).isFalse();
        assertThatThrownBy(() -> selfScoring.saveDraft(sheetB, f.version(sheetB), entries("I.2", "40")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void noReviewBeforeSubmissionNorBeforeTheReviewStage() {
        open();
        f.as(f.officerB);
        long sheet = f.sheetOf(f.unitB);
        selfScoring.saveDraft(sheet, f.version(sheet), complete("110", "35", "1", "25", "1", "1"));
        f.as(f.headUser);
        assertThatThrownBy(() -> reviews.review(sheet, f.version(sheet), Map.of()))
                .isInstanceOf(NotFoundException.class);
        f.as("admin");
        assertThatThrownBy(() -> reviews.review(sheet, f.version(sheet), Map.of()))
                .hasMessageContaining("scoring.round.notReview");
        toReview();
        assertThatThrownBy(() -> reviews.review(sheet, f.version(sheet), Map.of()))
                .hasMessageContaining("scoring.review.notSubmitted");
        f.as(f.headUser);
        assertThatThrownBy(() -> reviews.review(sheet, f.version(sheet), Map.of()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHeadDoesNotReviewTheirOwnUnitButAnAdministratorDoes() {
        open();
        fillAndSubmit(f.headUser, f.unitA, complete("100", "30", "1", "20", "0", "0"));
        toReview();
        long sheetA = f.sheetOf(f.unitA);
        f.as(f.headUser);
        assertThatThrownBy(() -> reviews.review(sheetA, f.version(sheetA), Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        f.as("admin");
        reviews.review(sheetA, f.version(sheetA), Map.of());
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheetA))
                .isEqualTo("REVIEWED");
    }

    @Test
    void anAdjustmentNeedsAReasonAndIsAuditedWithOldAndNewValues() {
        open();
        fillAndSubmit(f.officerB, f.unitB, complete("110", "35", "1", "25", "1", "1"));
        toReview();
        long sheet = f.sheetOf(f.unitB);
        f.as(f.headUser);
        assertThatThrownBy(() -> reviews.review(
                        sheet, f.version(sheet), Map.of("i.2", new ScoreSheet.Decision(new BigDecimal("30"), " "))))
                .hasMessageContaining("scoring.review.reasonRequired");
        assertThatThrownBy(() -> reviews.review(
                        sheet, f.version(sheet), Map.of("i.2", new ScoreSheet.Decision(new BigDecimal("45"), "Quá"))))
                .hasMessageContaining("scoring.score.outOfBounds");
        reviews.review(
                sheet,
                f.version(sheet),
                Map.of("i.2", new ScoreSheet.Decision(new BigDecimal("30"), "Thiếu minh chứng kế hoạch")));
        Map<String, Object> audit = jdbc.queryForMap("""
                select old_value::text as old, new_value::text as new, reason, actor from audit_event
                where entity_type = 'ScoreSheet' and entity_id = ? and action = 'SCORE_ADJUSTED'""", sheet);
        assertThat(audit.get("old")).asString().contains("I.2").contains("35");
        assertThat(audit.get("new")).asString().contains("30");
        assertThat(audit.get("reason")).isEqualTo("Thiếu minh chứng kế hoạch");
        assertThat(audit.get("actor")).isEqualTo(f.headUser);
    }

    @Test
    void theUnitExplainsOnceAndTheReviewerDecidesFinally() {
        open();
        fillAndSubmit(f.officerB, f.unitB, complete("110", "35", "1", "25", "1", "1"));
        toReview();
        long sheet = f.sheetOf(f.unitB);
        f.as(f.headUser);
        reviews.review(
                sheet,
                f.version(sheet),
                Map.of("i.2", new ScoreSheet.Decision(new BigDecimal("30"), "Thiếu minh chứng")));
        f.as(f.officerB);
        assertThatThrownBy(() -> reviews.explain(sheet, f.version(sheet), Map.of("II.2", "Không bị điều chỉnh")))
                .hasMessageContaining("scoring.explain.notAdjusted");
        reviews.explain(sheet, f.version(sheet), Map.of("I.2", "Đã gửi bổ sung kế hoạch số 12/KH"));
        assertThatThrownBy(() -> reviews.explain(sheet, f.version(sheet), Map.of("I.2", "Lần hai")))
                .hasMessageContaining("scoring.explain.once");
        f.as(f.headUser);
        reviews.finalise(
                sheet,
                f.version(sheet),
                Map.of("i.2", new ScoreSheet.Decision(new BigDecimal("33"), "Chấp nhận một phần giải trình")));
        assertThat(jdbc.queryForObject(
                        "select final_score from score_line l join criterion_node n on n.id = l.node_id where l.sheet_id = ? and n.code = 'I.2'",
                        BigDecimal.class,
                        sheet))
                .isEqualByComparingTo("33");
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("FINAL");
        assertThat(jdbc.queryForList(
                        "select to_status from score_sheet_history where sheet_id = ? order by id",
                        String.class,
                        sheet))
                .containsExactly("SUBMITTED", "REVIEWED", "EXPLAINED", "FINAL");
    }

    @Test
    void finalScoresAreImmutableInTheDomainAndInTheDatabase() {
        open();
        fillAndSubmit(f.officerB, f.unitB, complete("110", "35", "1", "25", "1", "1"));
        toReview();
        long sheet = f.sheetOf(f.unitB);
        f.as(f.headUser);
        reviews.review(sheet, f.version(sheet), Map.of());
        reviews.finalise(sheet, f.version(sheet), Map.of());
        assertThatThrownBy(() -> reviews.finalise(sheet, f.version(sheet), Map.of()))
                .hasMessageContaining("scoring.finalise.notReviewed");
        f.as(f.officerB);
        assertThatThrownBy(() -> reviews.explain(sheet, f.version(sheet), Map.of("I.2", "Muộn")))
                .isInstanceOf(ScoringException.class);
        assertThatThrownBy(() -> jdbc.update("update score_line set final_score = 0 where sheet_id = ?", sheet))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("final scores are immutable");
        assertThatThrownBy(() -> jdbc.update("delete from score_line where sheet_id = ?", sheet))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("final scores are immutable");
    }

    @Test
    void concurrentEditsOfTheSameSheetConflict() {
        open();
        f.as(f.officerB);
        long sheet = f.sheetOf(f.unitB);
        long seenByBoth = f.version(sheet);
        selfScoring.saveDraft(sheet, seenByBoth, entries("I.2", "35"));
        assertThatThrownBy(() -> selfScoring.saveDraft(sheet, seenByBoth, entries("I.2", "20")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject(
                        "select self_score from score_line l join criterion_node n on n.id = l.node_id where l.sheet_id = ? and n.code = 'I.2'",
                        BigDecimal.class,
                        sheet))
                .isEqualByComparingTo("35");
    }

    @Test
    void figuresAreRescoredWithTheClustersBestWhenReviewStarts() {
        open();
        fillAndSubmit(f.officerB, f.unitB, complete("110", "35", "1", "25", "1", "1"));
        fillAndSubmit(f.officerC, f.unitC, complete("120", "35", "1", "25", "1", "1"));
        long sheetB = f.sheetOf(f.unitB);
        toReview();
        // B reached 110% where the best (C) reached 120%: half of 20 at the target, plus half the rest.
        assertThat(jdbc.queryForObject(
                        "select self_score from score_line l join criterion_node n on n.id = l.node_id where l.sheet_id = ? and n.code = 'I.1'",
                        BigDecimal.class,
                        sheetB))
                .isEqualByComparingTo("15");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_id = ? and action = 'SCORE_FIGURES_RESCORED'",
                        Integer.class,
                        sheetB))
                .isEqualTo(1);
    }

    @Test
    void theRankingIsForMembersOnlyOnceTheRoundIsFinalised() {
        open();
        fillAndSubmit(f.officerB, f.unitB, complete("100", "30", "1", "25", "1", "0"));
        fillAndSubmit(f.officerC, f.unitC, complete("100", "35", "1", "20", "0", "1"));
        toReview();
        f.as(f.officerB);
        assertThatThrownBy(() -> rankings.ranking(f.roundId())).hasMessageContaining("scoring.ranking.notYet");
        f.as("thamdinh");
        assertThat(rankings.ranking(f.roundId()).provisional()).isTrue();
        f.as("admin");
        assertThatThrownBy(() -> roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.FINALISED, null))
                .hasMessageContaining("scoring.round.sheetsPending");
        f.as(f.headUser);
        for (long sheet : new long[] {f.sheetOf(f.unitB), f.sheetOf(f.unitC)}) {
            reviews.review(sheet, f.version(sheet), Map.of());
            reviews.finalise(sheet, f.version(sheet), Map.of());
        }
        f.as("admin");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.FINALISED, "Công bố kết quả");
        f.as(f.officerB);
        RankingView ranking = rankings.ranking(f.roundId());
        assertThat(ranking.provisional()).isFalse();
        // B: 10 + 30 + 10 + 25 + 5 bonus = 80; C: 10 + 35 + 10 + 20 − 2 = 73. A never submitted: it does not vanish,
        // it is ranked last and marked, by the round's rule.
        assertThat(ranking.rows()).extracting(r -> r.candidate().unitId()).containsExactly(f.unitB, f.unitC, f.unitA);
        assertThat(ranking.rows().get(0).total()).isEqualByComparingTo("80");
        assertThat(ranking.rows().get(1).total()).isEqualByComparingTo("73");
        assertThat(ranking.rows()).extracting(Ranking.Row::notSubmitted).containsExactly(false, false, true);
        f.as("anphu");
        assertThatThrownBy(() -> rankings.ranking(f.roundId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void selfScoringClosesAtItsDeadline() {
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().minusDays(1), null, null);
        f.as(f.officerB);
        long sheet = f.sheetOf(f.unitB);
        assertThatThrownBy(() -> selfScoring.saveDraft(sheet, f.version(sheet), entries("I.2", "35")))
                .hasMessageContaining("scoring.round.selfScoringDeadlinePassed");
    }

    @Test
    void aTableIsCopiedToAnotherYearWithItsWholeTree() {
        f.as("admin");
        CriteriaTable copy = tables.copy(f.tableId, 2022, null);
        CriteriaTree tree = tables.tree(copy.getId());
        assertThat(copy.getYear()).isEqualTo(2022);
        assertThat(copy.getStatus()).isEqualTo(CriteriaTableStatus.DRAFT);
        assertThat(copy.clusterIds()).containsExactly(f.clusterId);
        assertThat(tree.entries())
                .extracting(e -> e.node().getCode())
                .containsExactly("I", "I.1", "I.2", "II", "II.1", "II.2", "T", "T.1", "TR", "TR.1");
        assertThat(tree.find("I.2").orElseThrow().getParent().getCode()).isEqualTo("I");
        assertThat(tree.problems()).isEmpty();
    }

    @Test
    void aClusterHasOneTablePerYear() {
        f.as("admin");
        assertThatThrownBy(() -> tables.create(
                        new TableCommand(2021, "Bảng thứ hai", new BigDecimal("100"), java.util.List.of(f.clusterId))))
                .hasMessageContaining("scoring.table.clusterTaken");
    }
}
