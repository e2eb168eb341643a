package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The review deadline binds the review, the unit's explanation and the final decision until it is extended. */
class ReviewDeadlineTest extends IntegrationTest {

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
    RoundDeadlines roundDeadlines;

    ScoringFixture f;
    long sheetB;

    @BeforeEach
    void submittedSheetInReview() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        f.as("admin");
        roundOpening.open(
                f.termId, LocalDate.now().plusDays(30), LocalDate.now().plusDays(60), null);
        f.target("I.1", "100");
        f.as(f.officerB);
        sheetB = f.sheetOf(f.unitB);
        selfScoring.saveAndSubmit(
                sheetB,
                f.version(sheetB),
                Map.of(
                        "I.1", new ScoreSheet.SelfEntry(new BigDecimal("110"), null),
                        "I.2", new ScoreSheet.SelfEntry(new BigDecimal("35"), null),
                        "II.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, null),
                        "II.2", new ScoreSheet.SelfEntry(new BigDecimal("25"), null),
                        "T.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null),
                        "TR.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null)));
        f.as("admin");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.REVIEW, null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private LocalDate yesterday() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
    }

    private void reviewDeadline(LocalDate date) {
        jdbc.update(
                "update scoring_round set self_scoring_deadline = null, review_deadline = ? where id = ?",
                date,
                f.roundId());
    }

    private static Map<String, ScoreSheet.Decision> adjustI2() {
        return Map.of("i.2", new ScoreSheet.Decision(new BigDecimal("30"), "Thiếu minh chứng"));
    }

    @Test
    void afterTheReviewDeadlineTheHeadCannotReviewUntilAnAdministratorExtendsIt() {
        reviewDeadline(yesterday());
        f.as(f.headUser);
        assertThat(sheetViews.sheet(sheetB).canReview()).isFalse();
        assertThat(sheetViews.sheet(sheetB).notice().key()).isEqualTo("scoring.round.reviewDeadlinePassed");
        assertThatThrownBy(() -> reviews.review(sheetB, f.version(sheetB), adjustI2()))
                .isInstanceOfSatisfying(ScoringException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("scoring.round.reviewDeadlinePassed");
                    assertThat(e.getArguments())
                            .containsExactly(yesterday().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                });
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheetB))
                .isEqualTo("SUBMITTED");

        f.as("admin");
        roundDeadlines.changeDeadlines(
                f.roundId(), f.roundVersion(), null, LocalDate.now().plusDays(3));
        f.as(f.headUser);
        assertThat(sheetViews.sheet(sheetB).canReview()).isTrue();
        assertThat(sheetViews.sheet(sheetB).notice()).isNull();
        reviews.review(sheetB, f.version(sheetB), adjustI2());
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheetB))
                .isEqualTo("REVIEWED");
    }

    @Test
    void theLastDayOfReviewStillCounts() {
        reviewDeadline(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        f.as(f.headUser);
        reviews.review(sheetB, f.version(sheetB), adjustI2());
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheetB))
                .isEqualTo("REVIEWED");
    }

    @Test
    void afterTheReviewDeadlineTheUnitCannotExplainNorTheReviewerFinalise() {
        f.as(f.headUser);
        reviews.review(sheetB, f.version(sheetB), adjustI2());
        reviewDeadline(yesterday());
        f.as(f.officerB);
        assertThat(sheetViews.sheet(sheetB).canExplain()).isFalse();
        assertThatThrownBy(() -> reviews.explain(sheetB, f.version(sheetB), Map.of("I.2", "Đã có minh chứng")))
                .hasMessageContaining("scoring.round.reviewDeadlinePassed");
        f.as(f.headUser);
        assertThat(sheetViews.sheet(sheetB).canFinalise()).isFalse();
        assertThatThrownBy(() -> reviews.finalise(sheetB, f.version(sheetB), Map.of()))
                .hasMessageContaining("scoring.round.reviewDeadlinePassed");
        f.as("admin");
        assertThatThrownBy(() -> reviews.finalise(sheetB, f.version(sheetB), Map.of()))
                .hasMessageContaining("scoring.round.reviewDeadlinePassed");
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheetB))
                .isEqualTo("REVIEWED");
    }

    @Test
    void theSheetPageExplainsThePassedDeadlineInVietnamese() throws Exception {
        reviewDeadline(yesterday());
        String date = yesterday().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(get("/scoring/sheets/{id}", sheetB).with(Users.as(jdbc, f.headUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"deadline-notice\"")))
                .andExpect(content().string(containsString("Đã hết hạn thẩm định (" + date + ")")))
                .andExpect(content().string(not(containsString("name=\"score["))));
        // A form opened before the deadline and sent after it comes back with the input and the message.
        mvc.perform(post("/scoring/sheets/{id}/review", sheetB)
                        .with(Users.as(jdbc, f.headUser))
                        .with(csrf())
                        .param("version", String.valueOf(f.version(sheetB)))
                        .param("score[" + f.nodeId("I.2") + "]", "30")
                        .param("reason[" + f.nodeId("I.2") + "]", "Thiếu minh chứng"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã hết hạn thẩm định (" + date + ")")));
        mvc.perform(get("/scoring/sheets/{id}", sheetB)
                        .with(Users.as(jdbc, f.headUser))
                        .param("lang", "en"))
                .andExpect(content().string(containsString("The review deadline (" + date + ") has passed")));
    }

    @Test
    void withoutAReviewDeadlineReviewIsOpenUntilTheRoundMovesOn() throws Exception {
        reviewDeadline(null);
        mvc.perform(post("/scoring/sheets/{id}/review", sheetB)
                        .with(Users.as(jdbc, f.headUser))
                        .with(csrf())
                        .param("version", String.valueOf(f.version(sheetB))))
                .andExpect(redirectedUrl("/scoring/sheets/" + sheetB));
    }
}
