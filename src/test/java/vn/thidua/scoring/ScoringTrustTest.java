package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * Scoring that a typo cannot bend: targets set for the units and locked, a reviewer's audited correction of a figure
 * that rescores the cluster, outliers named on the ranking, an explanation that cannot be skipped, units that never
 * submitted kept in sight, the official column of a final sheet, and who is told at each step.
 */
class ScoringTrustTest extends IntegrationTest {

    /** The ranking file's header row starts with this column name. */
    private static final String RANK_HEADER = "Hạng";

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
    RankingService rankings;

    @Autowired
    ReviewService reviews;

    @Autowired
    RoundDeadlines roundDeadlines;

    @Autowired
    RoundTargetService targets;

    @Autowired
    FigureCorrectionService corrections;

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

    private void open(LocalDate explanationDeadline, NonSubmitterRule rule) {
        f.as("admin");
        roundOpening.open(
                f.termId, today().plusDays(30), today().plusDays(60), explanationDeadline, rule, "Mở chấm điểm");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private static Map<String, ScoreSheet.SelfEntry> complete(String figure, String i2) {
        Map<String, ScoreSheet.SelfEntry> map = new HashMap<>();
        map.put("I.1", new ScoreSheet.SelfEntry(new BigDecimal(figure), "Báo cáo"));
        map.put("I.2", new ScoreSheet.SelfEntry(new BigDecimal(i2), null));
        map.put("II.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, null));
        map.put("II.2", new ScoreSheet.SelfEntry(new BigDecimal("25"), null));
        map.put("T.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
        map.put("TR.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
        return map;
    }

    private void submit(String officer, long unit, Map<String, ScoreSheet.SelfEntry> values) {
        f.as(officer);
        long sheet = f.sheetOf(unit);
        selfScoring.saveAndSubmit(sheet, f.version(sheet), values);
    }

    private void toReview() {
        f.as("admin");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.REVIEW, "Hết hạn tự chấm");
    }

    private BigDecimal score(long unit, String code, String column) {
        return jdbc.queryForObject(
                "select " + column + " from score_line l join criterion_node n on n.id = l.node_id"
                        + " where l.sheet_id = ? and n.code = ?",
                BigDecimal.class,
                f.sheetOf(unit),
                code);
    }

    private int notificationsOf(String username, String key) {
        return jdbc.queryForObject(
                "select count(*) from notification n join app_user u on u.id = n.user_id"
                        + " where u.username = ? and n.message_key = ?",
                Integer.class,
                username,
                key);
    }

    // ------------------------------------------------------------------ 1. targets

    @Test
    void aFiguresTargetIsTheRoundsAndAUnitCannotSubmitWithoutOne() {
        open(null, NonSubmitterRule.RANK_LAST);
        f.as(f.officerB);
        long sheet = f.sheetOf(f.unitB);
        // No target yet: the figure is kept, not scored, and the sheet cannot be submitted.
        selfScoring.saveDraft(sheet, f.version(sheet), complete("110", "35"));
        assertThat(score(f.unitB, "I.1", "self_value")).isEqualByComparingTo("110");
        assertThat(score(f.unitB, "I.1", "self_score")).isNull();
        assertThatThrownBy(() -> selfScoring.submit(sheet, f.version(sheet)))
                .hasMessageContaining("scoring.submit.targetMissing")
                .hasMessageContaining("I.1");
        assertThat(sheetViews
                        .sheet(sheet)
                        .targetOf(sheetViews.sheet(sheet).tree().find("I.1").orElseThrow()))
                .isNull();
        // Only an administrator sets targets; the drafts take them at once.
        assertThatThrownBy(() -> targets.set(f.roundId(), f.nodeId("I.1"), null, new BigDecimal("100")))
                .isInstanceOf(AccessDeniedException.class);
        f.as("admin");
        assertThatThrownBy(() -> targets.set(f.roundId(), f.nodeId("I.1"), null, BigDecimal.ZERO))
                .hasMessageContaining("scoring.targets.positive");
        targets.set(f.roundId(), f.nodeId("I.1"), null, new BigDecimal("100"));
        targets.set(f.roundId(), f.nodeId("I.1"), f.unitC, new BigDecimal("80"));
        assertThat(score(f.unitB, "I.1", "self_target")).isEqualByComparingTo("100");
        assertThat(score(f.unitB, "I.1", "self_score")).isEqualByComparingTo("20");
        RoundTargetService.TargetsView view = targets.view(f.roundId());
        CriterionNode i1 = view.figures().get(0);
        assertThat(view.units()).hasSize(3);
        assertThat(view.byUnit().get(f.unitC).get(i1.getId()).value()).isEqualByComparingTo("80");
        assertThat(view.byUnit().get(f.unitC).get(i1.getId()).source()).isEqualTo(RoundTargetService.Source.UNIT);
        assertThat(view.byUnit().get(f.unitB).get(i1.getId()).source()).isEqualTo(RoundTargetService.Source.CRITERION);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SCORING_TARGET_SET' and entity_id = ?",
                        Integer.class,
                        f.roundId()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SCORE_FIGURES_RESCORED' and entity_id = ?",
                        Integer.class,
                        sheet))
                .isEqualTo(1);
        f.as(f.officerB);
        selfScoring.submit(sheet, f.version(sheet));
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aTargetPostedOrImportedByTheUnitIsIgnored() throws Exception {
        open(null, NonSubmitterRule.RANK_LAST);
        f.target("I.1", "100");
        long sheet = f.sheetOf(f.unitB);
        mvc.perform(post("/scoring/sheets/{id}/draft", sheet)
                        .with(Users.as(jdbc, f.officerB))
                        .with(csrf())
                        .param("version", String.valueOf(f.version(sheet)))
                        .param("value[" + f.nodeId("I.1") + "]", "7")
                        .param("target[" + f.nodeId("I.1") + "]", "0,7"))
                .andExpect(redirectedUrl("/scoring/sheets/" + sheet));
        assertThat(score(f.unitB, "I.1", "self_target")).isEqualByComparingTo("100");
        // The sheet shows the target as locked text, with no field to type one.
        mvc.perform(get("/scoring/sheets/{id}", sheet).with(Users.as(jdbc, f.officerB)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"locked-target\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"target["))));
    }

    @Test
    void theTargetsPageKeepsWhatWasTypedWhenRefused() throws Exception {
        open(null, NonSubmitterRule.RANK_LAST);
        String page = "/admin/scoring/rounds/" + f.roundId() + "/targets";
        mvc.perform(get(page).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ tiêu chung cho mọi đơn vị")))
                .andExpect(content().string(containsString(f.unitName("B"))));
        mvc.perform(post(page)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeId", String.valueOf(f.nodeId("I.1")))
                        .param("unitId", String.valueOf(f.unitB))
                        .param("target", "bảy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải là số hợp lệ")))
                .andExpect(content().string(containsString("value=\"bảy\"")));
        mvc.perform(post(page)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeId", String.valueOf(f.nodeId("I.1")))
                        .param("unitId", String.valueOf(f.unitB))
                        .param("target", "1.234,5"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("1.234,5")))
                .andExpect(content().string(containsString("Đặt riêng cho đơn vị")));
        // A reviewer reads the page but cannot change a target; nobody can once self-scoring has closed.
        mvc.perform(get(page).with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"target\""))));
        toReview();
        f.as("admin");
        assertThatThrownBy(() -> targets.set(f.roundId(), f.nodeId("I.1"), null, new BigDecimal("100")))
                .hasMessageContaining("scoring.targets.notSelfScoring");
    }

    @Test
    void aPledgeTargetComesFirstForALinkedCriterion() {
        ResultsFixture r = ResultsFixture.create(jdbc, tables);
        ScoringFixture g = r.f;
        g.as("admin");
        roundOpening.open(g.termId, today().plusDays(30), null, null);
        targets.set(g.roundId(), g.nodeId("I.1"), null, new BigDecimal("100"));
        RoundTargetService.TargetsView view = targets.view(g.roundId());
        long i1 = g.nodeId("I.1");
        assertThat(view.byUnit().get(g.unitB).get(i1).value()).isEqualByComparingTo("512.35");
        assertThat(view.byUnit().get(g.unitB).get(i1).source()).isEqualTo(RoundTargetService.Source.PLEDGE);
        g.as(g.officerB);
        long sheet = g.sheetOf(g.unitB);
        selfScoring.saveDraft(
                sheet, g.version(sheet), Map.of("I.1", new ScoreSheet.SelfEntry(new BigDecimal("612.48"), null)));
        assertThat(jdbc.queryForObject(
                        "select self_target from score_line where sheet_id = ? and node_id = ?",
                        BigDecimal.class,
                        sheet,
                        i1))
                .isEqualByComparingTo("512.35");
    }

    // ------------------------------------------------------------------ 1. correction and outliers

    @Test
    void aReviewerCorrectsATypoWithAReasonAndTheClusterIsRescored() throws Exception {
        open(null, NonSubmitterRule.RANK_LAST);
        f.target("I.1", "100");
        submit(f.officerB, f.unitB, complete("110", "35"));
        submit(f.officerC, f.unitC, complete("120", "35"));
        // A types 1.040 for 104: its ratio (10,4) becomes the cluster's best and bends every other unit's points.
        submit(f.headUser, f.unitA, complete("1040", "35"));
        toReview();
        assertThat(score(f.unitB, "I.1", "self_score")).isLessThan(new BigDecimal("11"));
        f.as("thamdinh");
        RankingView ranking = rankings.ranking(f.roundId());
        assertThat(ranking.outliers()).singleElement().satisfies(o -> {
            assertThat(o.unitName()).isEqualTo(f.unitName("A"));
            assertThat(o.criterionCode()).isEqualTo("I.1");
            assertThat(o.high()).isTrue();
        });
        mvc.perform(get("/scoring/rounds/{id}/ranking", f.roundId()).with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("data-testid=\"outliers\"")))
                .andExpect(content().string(containsString(f.unitName("A") + ", tiêu chí I.1: đạt 1.040 %")));

        long sheetA = f.sheetOf(f.unitA);
        // A's sheet is the head's own: an administrator reviews it, and corrects its figure; the head may not.
        f.as(f.headUser);
        assertThatThrownBy(() ->
                        corrections.correct(sheetA, f.version(sheetA), "I.1", new BigDecimal("104"), null, "Nhập nhầm"))
                .isInstanceOf(AccessDeniedException.class);
        f.as("admin");
        assertThatThrownBy(
                        () -> corrections.correct(sheetA, f.version(sheetA), "I.1", new BigDecimal("104"), null, " "))
                .hasMessageContaining("scoring.correction.reasonRequired");
        assertThatThrownBy(
                        () -> corrections.correct(sheetA, f.version(sheetA), "I.2", new BigDecimal("30"), null, "Sai"))
                .hasMessageContaining("scoring.correction.notFigure");
        corrections.correct(
                sheetA, f.version(sheetA), "I.1", new BigDecimal("104"), null, "Báo cáo quyết toán ghi 104");
        // B reached 110 % where the best (C) reached 120 %: half of 20 at the target, plus half the rest.
        assertThat(score(f.unitB, "I.1", "self_score")).isEqualByComparingTo("15");
        assertThat(score(f.unitC, "I.1", "self_score")).isEqualByComparingTo("20");
        assertThat(score(f.unitA, "I.1", "self_value")).isEqualByComparingTo("104");
        Map<String, Object> audit = jdbc.queryForMap("""
                select old_value::text as old, new_value::text as new, reason, actor from audit_event
                where action = 'SCORE_FIGURE_CORRECTED' and entity_id = ?""", sheetA);
        assertThat(audit.get("old")).asString().contains("1040");
        assertThat(audit.get("new")).asString().contains("104");
        assertThat(audit.get("reason")).isEqualTo("Báo cáo quyết toán ghi 104");
        assertThat(audit.get("actor")).isEqualTo("admin");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SCORE_FIGURES_RESCORED' and entity_id = ?",
                        Integer.class,
                        f.sheetOf(f.unitB)))
                .isEqualTo(2);
        assertThat(notificationsOf(f.headUser, "notification.scoring.corrected"))
                .isEqualTo(1);
        f.as("thamdinh");
        assertThat(rankings.ranking(f.roundId()).outliers()).isEmpty();
    }

    @Test
    void aCorrectionThroughThePageKeepsWhatWasTypedWhenRefused() throws Exception {
        open(null, NonSubmitterRule.RANK_LAST);
        f.target("I.1", "100");
        submit(f.officerB, f.unitB, complete("110", "35"));
        toReview();
        long sheetB = f.sheetOf(f.unitB);
        mvc.perform(get("/scoring/sheets/{id}", sheetB).with(Users.as(jdbc, f.headUser)))
                .andExpect(content().string(containsString("data-testid=\"correction-form\"")));
        mvc.perform(post("/scoring/sheets/{id}/correct", sheetB)
                        .with(Users.as(jdbc, f.headUser))
                        .with(csrf())
                        .param("version", String.valueOf(f.version(sheetB)))
                        .param("nodeId", String.valueOf(f.nodeId("I.1")))
                        .param("target", "90"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("phải ghi lý do sửa số liệu")))
                .andExpect(content().string(containsString("value=\"90\"")));
        mvc.perform(post("/scoring/sheets/{id}/correct", sheetB)
                        .with(Users.as(jdbc, f.headUser))
                        .with(csrf())
                        .param("version", String.valueOf(f.version(sheetB)))
                        .param("nodeId", String.valueOf(f.nodeId("I.1")))
                        .param("target", "90")
                        .param("reason", "Chỉ tiêu theo Nghị quyết HĐND là 90"))
                .andExpect(redirectedUrl("/scoring/sheets/" + sheetB));
        assertThat(score(f.unitB, "I.1", "self_target")).isEqualByComparingTo("90");
        assertThat(score(f.unitB, "I.1", "self_value")).isEqualByComparingTo("110");
    }

    @Test
    void aCorrectionOrADeclineWithHostileInputGetsAMessageNotAServerError() throws Exception {
        long sheet = reviewedWithCut(null);
        String correct = "/scoring/sheets/" + sheet + "/correct";
        for (String[] input : new String[][] {
            {"99999999999999999999", "Nhập nhầm"},
            {"104", "x".repeat(5000)},
            {"104", "Nhập\u0000nhầm"},
            {"mười", "Nhập nhầm"}
        }) {
            mvc.perform(post(correct)
                            .with(Users.as(jdbc, f.headUser))
                            .with(csrf())
                            .param("version", String.valueOf(f.version(sheet)))
                            .param("nodeId", String.valueOf(f.nodeId("I.1")))
                            .param("value", input[0])
                            .param("reason", input[1]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-testid=\"correction-error\"")));
        }
        assertThat(score(f.unitB, "I.1", "self_value")).isEqualByComparingTo("110");
        for (String reason : new String[] {"y".repeat(2500), "Đồng ý\u0000"}) {
            mvc.perform(post("/scoring/sheets/{id}/decline", sheet)
                            .with(Users.as(jdbc, f.officerB))
                            .with(csrf())
                            .param("version", String.valueOf(f.version(sheet)))
                            .param("reason", reason))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-testid=\"decline-error\"")));
        }
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("REVIEWED");
    }

    @Test
    void theOpeningFormTakesTheExplanationDeadlineAndTheRuleForNonSubmitters() throws Exception {
        mvc.perform(post("/admin/scoring/rounds/open")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("termId", String.valueOf(f.termId))
                        .param("selfScoringDeadline", today().plusDays(10).toString())
                        .param("reviewDeadline", today().plusDays(30).toString())
                        .param("explanationDeadline", today().plusDays(20).toString())
                        .param("nonSubmitterRule", "SCORE_ZERO"))
                .andExpect(redirectedUrl("/scoring/rounds/" + f.roundId()));
        Map<String, Object> round = jdbc.queryForMap(
                "select explanation_deadline, non_submitter_rule from scoring_round where id = ?", f.roundId());
        assertThat(round.get("explanation_deadline").toString())
                .isEqualTo(today().plusDays(20).toString());
        assertThat(round.get("non_submitter_rule")).isEqualTo("SCORE_ZERO");
        mvc.perform(get("/scoring/rounds/{id}", f.roundId()).with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("Tính 0 điểm và xếp hạng như các đơn vị khác")));
    }

    // ------------------------------------------------------------------ 2. explanation

    private long reviewedWithCut(LocalDate explanationDeadline) {
        open(explanationDeadline, NonSubmitterRule.RANK_LAST);
        f.target("I.1", "100");
        submit(f.officerB, f.unitB, complete("110", "35"));
        toReview();
        long sheet = f.sheetOf(f.unitB);
        f.as(f.headUser);
        reviews.review(
                sheet,
                f.version(sheet),
                Map.of("i.2", new ScoreSheet.Decision(new BigDecimal("30"), "Thiếu minh chứng")));
        return sheet;
    }

    @Test
    void theReviewerWaitsForTheUnitsExplanation() throws Exception {
        long sheet = reviewedWithCut(today().plusDays(40));
        assertThat(sheetViews.sheet(sheet).canFinalise()).isFalse();
        assertThatThrownBy(() -> reviews.finalise(sheet, f.version(sheet), Map.of()))
                .hasMessageContaining("scoring.finalise.awaitingExplanationUntil")
                .hasMessageContaining(f.unitName("B"));
        mvc.perform(get("/scoring/sheets/{id}", sheet).with(Users.as(jdbc, f.headUser)))
                .andExpect(
                        content().string(containsString("Đang chờ đơn vị giải trình hoặc xác nhận không giải trình")));
        assertThat(notificationsOf(f.officerB, "notification.scoring.adjusted")).isEqualTo(1);
        f.as(f.officerB);
        reviews.explain(sheet, f.version(sheet), Map.of("I.2", "Đã gửi kế hoạch số 12/KH"));
        assertThat(notificationsOf(f.headUser, "notification.scoring.explained"))
                .isEqualTo(1);
        f.as(f.headUser);
        reviews.finalise(sheet, f.version(sheet), Map.of());
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("FINAL");
        assertThat(notificationsOf(f.officerB, "notification.scoring.finalised"))
                .isEqualTo(1);
    }

    @Test
    void aUnitMayDeclineToExplainAndThenTheReviewerDecides() throws Exception {
        long sheet = reviewedWithCut(null);
        assertThatThrownBy(() -> reviews.finalise(sheet, f.version(sheet), Map.of()))
                .hasMessageContaining("scoring.finalise.awaitingExplanation");
        mvc.perform(get("/scoring/sheets/{id}", sheet).with(Users.as(jdbc, f.officerB)))
                .andExpect(content().string(containsString("data-testid=\"decline\"")));
        mvc.perform(post("/scoring/sheets/{id}/decline", sheet)
                        .with(Users.as(jdbc, f.officerB))
                        .with(csrf())
                        .param("version", String.valueOf(f.version(sheet)))
                        .param("reason", "Đồng ý với điểm thẩm định"))
                .andExpect(redirectedUrl("/scoring/sheets/" + sheet));
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("EXPLANATION_DECLINED");
        assertThat(jdbc.queryForObject(
                        "select reason from score_sheet_history where sheet_id = ? and to_status = 'EXPLANATION_DECLINED'",
                        String.class,
                        sheet))
                .isEqualTo("Đồng ý với điểm thẩm định");
        assertThat(notificationsOf(f.headUser, "notification.scoring.declined")).isEqualTo(1);
        mvc.perform(get("/scoring/sheets/{id}", sheet).with(Users.as(jdbc, f.headUser)))
                .andExpect(content().string(containsString("Đơn vị không giải trình")))
                .andExpect(content().string(containsString("· Đồng ý với điểm thẩm định")));
        f.as(f.officerB);
        assertThatThrownBy(() -> reviews.explain(sheet, f.version(sheet), Map.of("I.2", "Muộn")))
                .hasMessageContaining("scoring.explain.once");
        f.as(f.headUser);
        reviews.finalise(sheet, f.version(sheet), Map.of());
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("FINAL");
    }

    @Test
    void afterTheExplanationWindowTheReviewerNeedNotWait() {
        long sheet = reviewedWithCut(today().plusDays(40));
        jdbc.update(
                "update scoring_round set self_scoring_deadline = ?, explanation_deadline = ? where id = ?",
                today().minusDays(5),
                today().minusDays(1),
                f.roundId());
        f.as(f.officerB);
        assertThat(sheetViews.sheet(sheet).canExplain()).isFalse();
        assertThatThrownBy(() -> reviews.explain(sheet, f.version(sheet), Map.of("I.2", "Muộn")))
                .hasMessageContaining("scoring.explain.windowClosed");
        f.as(f.headUser);
        assertThat(sheetViews.sheet(sheet).canFinalise()).isTrue();
        reviews.finalise(sheet, f.version(sheet), Map.of());
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("FINAL");
    }

    @Test
    void theExplanationDeadlineLiesBetweenTheOtherTwo() {
        f.as("admin");
        assertThatThrownBy(() -> roundOpening.open(
                        f.termId,
                        today().plusDays(10),
                        today().plusDays(20),
                        today().plusDays(30),
                        NonSubmitterRule.RANK_LAST,
                        null))
                .hasMessageContaining("scoring.round.explanationDeadlineOrder");
        open(today().plusDays(40), NonSubmitterRule.RANK_LAST);
        assertThatThrownBy(() -> roundDeadlines.changeDeadlines(
                        f.roundId(),
                        f.roundVersion(),
                        today().plusDays(30),
                        today().plusDays(60),
                        today().plusDays(10),
                        null))
                .hasMessageContaining("scoring.round.explanationDeadlineOrder");
        roundDeadlines.changeDeadlines(
                f.roundId(), f.roundVersion(), today().plusDays(30), today().plusDays(60), today().plusDays(45), null);
        assertThat(jdbc.queryForObject(
                        "select explanation_deadline from scoring_round where id = ?", LocalDate.class, f.roundId()))
                .isEqualTo(today().plusDays(45));
    }

    // ------------------------------------------------------------------ 3. units that never submitted

    @Test
    void closingNamesTheUnitsThatHaveNotSubmittedAndRanksThemLast() throws Exception {
        open(null, NonSubmitterRule.RANK_LAST);
        f.target("I.1", "100");
        submit(f.officerB, f.unitB, complete("110", "35"));
        submit(f.headUser, f.unitA, complete("100", "30"));
        mvc.perform(get("/scoring/rounds/{id}", f.roundId()).with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("data-testid=\"not-submitted\"")))
                .andExpect(content().string(containsString("Các đơn vị chưa nộp phiếu: " + f.unitName("C"))));
        toReview();
        long sheetC = f.sheetOf(f.unitC);
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheetC))
                .isEqualTo("NOT_SUBMITTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_sheet_history where sheet_id = ? and to_status = 'NOT_SUBMITTED'",
                        Integer.class,
                        sheetC))
                .isEqualTo(1);
        f.as("thamdinh");
        RankingView ranking = rankings.ranking(f.roundId());
        assertThat(ranking.rows()).extracting(r -> r.candidate().unitId()).containsExactly(f.unitB, f.unitA, f.unitC);
        assertThat(ranking.rows().get(2).notSubmitted()).isTrue();
        assertThat(ranking.rows().get(2).rank()).isEqualTo(3);
        mvc.perform(get("/scoring/rounds/{id}/ranking", f.roundId()).with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("data-not-submitted=\"true\"")))
                .andExpect(content().string(containsString("Xếp cuối bảng, ghi &quot;không nộp&quot;")));
        mvc.perform(get("/scoring/rounds/{id}", f.roundId()).with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("Các đơn vị không nộp phiếu:")))
                .andExpect(content().string(containsString("<strong>" + f.unitName("C") + "</strong>")))
                .andExpect(content().string(containsString("Không nộp")));
        f.as(f.officerC);
        assertThat(sheetViews.sheet(sheetC).sheet().getStatus()).isEqualTo(SheetStatus.NOT_SUBMITTED);
        byte[] xlsx = mvc.perform(
                        get("/scoring/rounds/{id}/ranking.xlsx", f.roundId()).with(Users.as(jdbc, "thamdinh")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Sheet sheet = WorkbookFactory.create(new ByteArrayInputStream(xlsx)).getSheetAt(0);
        // Below the title block: the header row, then one row per unit.
        int header = 0;
        while (sheet.getRow(header) == null
                || sheet.getRow(header).getCell(0) == null
                || !RANK_HEADER.equals(sheet.getRow(header).getCell(0).getStringCellValue())) {
            header++;
        }
        Row last = sheet.getRow(header + 3);
        assertThat(last.getCell(2).getStringCellValue()).isEqualTo(f.unitName("C"));
        assertThat(last.getCell(last.getLastCellNum() - 1).getStringCellValue()).isEqualTo("Không nộp");
        assertThat(sheet.getRow(header + 5).getCell(0).getStringCellValue()).contains("Xếp cuối bảng");
    }

    @Test
    void underTheScoreZeroRuleANonSubmitterIsRankedWithZero() {
        open(null, NonSubmitterRule.RANK_LAST);
        f.as("admin");
        roundDeadlines.changeDeadlines(
                f.roundId(),
                f.roundVersion(),
                today().plusDays(30),
                today().plusDays(60),
                null,
                NonSubmitterRule.SCORE_ZERO);
        f.target("I.1", "100");
        submit(f.officerB, f.unitB, complete("110", "35"));
        toReview();
        f.as("admin");
        assertThatThrownBy(() -> roundDeadlines.changeDeadlines(
                        f.roundId(), f.roundVersion(), null, null, null, NonSubmitterRule.RANK_LAST))
                .hasMessageContaining("scoring.round.nonSubmitterRuleFixed");
        RankingView ranking = rankings.ranking(f.roundId());
        assertThat(ranking.rule()).isEqualTo(NonSubmitterRule.SCORE_ZERO);
        assertThat(ranking.rows()).hasSize(3);
        assertThat(ranking.rows().get(0).candidate().unitId()).isEqualTo(f.unitB);
        assertThat(ranking.rows().subList(1, 3)).allSatisfy(row -> {
            assertThat(row.notSubmitted()).isTrue();
            assertThat(row.total()).isEqualByComparingTo("0");
        });
    }

    // ------------------------------------------------------------------ 4 and 5. final column, notifications

    @Test
    void theFinalSheetShowsTheOfficialScoresWithSubtotalsAndTotalAndEveryoneIsTold() throws Exception {
        open(null, NonSubmitterRule.RANK_LAST);
        assertThat(notificationsOf(f.officerB, "notification.scoring.opened")).isEqualTo(1);
        f.as("admin");
        assertThat(roundDeadlines.remindSelfScoring(f.roundId())).isEqualTo(3);
        assertThat(notificationsOf(f.officerC, "notification.scoring.closingSoon"))
                .isEqualTo(1);
        f.target("I.1", "100");
        submit(f.officerB, f.unitB, complete("100", "35"));
        assertThat(notificationsOf(f.headUser, "notification.scoring.submitted"))
                .isEqualTo(1);
        // The head's own sheet is reviewed by an administrator, who is told instead.
        int toAdmin = notificationsOf("admin", "notification.scoring.submitted");
        submit(f.headUser, f.unitA, complete("100", "35"));
        assertThat(notificationsOf("admin", "notification.scoring.submitted")).isEqualTo(toAdmin + 1);
        assertThat(notificationsOf(f.headUser, "notification.scoring.submitted"))
                .isEqualTo(1);
        toReview();
        long sheet = f.sheetOf(f.unitB);
        f.as(f.headUser);
        reviews.review(sheet, f.version(sheet), Map.of());
        reviews.finalise(sheet, f.version(sheet), Map.of());
        // 10 + 35 (group I) + 10 + 25 (group II) = 80.
        mvc.perform(get("/scoring/sheets/{id}", sheet).with(Users.as(jdbc, f.officerB)))
                .andExpect(content().string(containsString("data-final-subtotal=\"I\">45")))
                .andExpect(content().string(containsString("data-final-subtotal=\"II\">35")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern("(?s).*data-testid=\"final-total\"[^>]*>80<.*")));
        f.as("admin");
        long sheetA = f.sheetOf(f.unitA);
        reviews.review(sheetA, f.version(sheetA), Map.of());
        reviews.finalise(sheetA, f.version(sheetA), Map.of());
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.FINALISED, "Công bố");
        assertThat(notificationsOf(f.officerC, "notification.scoring.published"))
                .isEqualTo(1);
        assertThat(notificationsOf(f.headUser, "notification.scoring.published"))
                .isEqualTo(1);
    }
}
