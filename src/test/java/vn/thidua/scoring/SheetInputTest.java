package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * A sheet's form reports every problem at once, each beside its field, and gives back everything that was typed; a
 * refused submission says which criteria lack a score or evidence, and keeps the typed values.
 */
class SheetInputTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    SelfScoringService selfScoring;

    ScoringFixture f;
    long sheet;

    @BeforeEach
    void setUp() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        // II.1 asks for evidence.
        jdbc.update(
                "update criterion_node set evidence_required = true where table_id = ? and code = 'II.1'", f.tableId);
        f.as("admin");
        roundOpening.open(
                f.termId, LocalDate.now().plusDays(30), LocalDate.now().plusDays(60), null);
        f.target("I.1", "10");
        SecurityContextHolder.clearContext();
        sheet = f.sheetOf(f.unitB);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String id(String code) {
        return String.valueOf(f.nodeId(code));
    }

    private String errorOf(String body, String field, String code) {
        String marker = "data-testid=\"error-" + field + "-" + id(code) + "\"";
        int at = body.indexOf(marker);
        assertThat(at).as("an error beside " + field + " of " + code).isPositive();
        int start = body.lastIndexOf('<', at);
        return body.substring(start, body.indexOf("</div>", at));
    }

    @Test
    void aDraftWithSeveralProblemsShowsThemAllBesideTheirFieldsAndKeepsWhatWasTyped() throws Exception {
        String longNote = "Ghi chú dài ".repeat(400);
        var result = mvc.perform(post("/scoring/sheets/{id}/draft", sheet)
                        .with(Users.as(jdbc, f.officerB))
                        .with(csrf())
                        .param("version", String.valueOf(f.version(sheet)))
                        .param("value[" + id("I.1") + "]", "120")
                        .param("note[" + id("I.1") + "]", "")
                        .param("value[" + id("I.2") + "]", "45")
                        .param("note[" + id("I.2") + "]", longNote)
                        .param("value[" + id("II.2") + "]", "99999999999999999999")
                        .param("note[" + id("II.2") + "]", "a\u0000b")
                        .param("value[" + id("TR.1") + "]", "1,5")
                        .param("note[" + id("TR.1") + "]", "Một lần"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String body = result.getResponse().getContentAsString();
        // Three criteria, five problems, all at once; a figure's target is set on the round, never typed.
        assertThat(body).doesNotContain("name=\"target[" + id("I.1") + "]\"");
        assertThat(errorOf(body, "value", "I.2")).contains("điểm phải từ 0 đến 40");
        assertThat(errorOf(body, "note", "I.2")).contains("Tối đa 4000 ký tự");
        assertThat(errorOf(body, "value", "II.2")).contains("Số quá lớn");
        assertThat(errorOf(body, "note", "II.2")).contains("ký tự điều khiển");
        assertThat(errorOf(body, "value", "TR.1")).contains("số lần phải là số nguyên");
        assertThat(body).contains("Phiếu chưa được lưu: có 5 lỗi");
        // Every typed value comes back.
        assertThat(body)
                .contains(
                        "value=\"120\"",
                        "value=\"45\"",
                        "value=\"99999999999999999999\"",
                        "value=\"1,5\"",
                        longNote.strip(),
                        "Một lần");
        // Nothing was saved.
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_line where sheet_id = ? and (self_value is not null or self_note is not null)",
                        Integer.class,
                        sheet))
                .isZero();
    }

    @Test
    void aRefusedSubmissionNamesWhatIsMissingBesideEachCriterionAndKeepsTheTypedValues() throws Exception {
        var result = mvc.perform(post("/scoring/sheets/{id}/submit", sheet)
                        .with(Users.as(jdbc, f.officerB))
                        .with(csrf())
                        .param("version", String.valueOf(f.version(sheet)))
                        .param("value[" + id("I.1") + "]", "8")
                        .param("note[" + id("I.1") + "]", "Báo cáo năm")
                        .param("value[" + id("I.2") + "]", "35")
                        .param("note[" + id("I.2") + "]", "")
                        .param("value[" + id("II.1") + "]", "1")
                        .param("note[" + id("II.1") + "]", "")
                        .param("value[" + id("II.2") + "]", "")
                        .param("note[" + id("II.2") + "]", "")
                        .param("value[" + id("T.1") + "]", "0")
                        .param("note[" + id("T.1") + "]", "")
                        .param("value[" + id("TR.1") + "]", "0")
                        .param("note[" + id("TR.1") + "]", ""))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String body = result.getResponse().getContentAsString();
        assertThat(errorOf(body, "value", "II.2")).contains("Tiêu chí II.2: chưa chấm");
        assertThat(errorOf(body, "note", "II.1")).contains("yêu cầu minh chứng");
        assertThat(body).contains("Chưa chấm các tiêu chí: II.2", "chưa có tệp hoặc ghi chú minh chứng: II.1");
        assertThat(body).contains("value=\"8\"", "Báo cáo năm", "value=\"35\"");
        // The figure's target is the round's, shown locked, not typed.
        assertThat(body).contains("data-target=\"10\"");
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("DRAFT");

        // With the missing score and the evidence described, the same submission goes through.
        mvc.perform(post("/scoring/sheets/{id}/submit", sheet)
                .with(Users.as(jdbc, f.officerB))
                .with(csrf())
                .param("version", String.valueOf(f.version(sheet)))
                .param("value[" + id("I.1") + "]", "8")
                .param("value[" + id("I.2") + "]", "35")
                .param("value[" + id("II.1") + "]", "1")
                .param("note[" + id("II.1") + "]", "Quyết định số 12/QĐ-UBND")
                .param("value[" + id("II.2") + "]", "20")
                .param("value[" + id("T.1") + "]", "0")
                .param("value[" + id("TR.1") + "]", "0"));
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aReviewWithAScoreOutOfBoundsAndAChangeWithoutReasonShowsBothAndSavesNothing() throws Exception {
        f.as(f.officerB);
        selfScoring.saveAndSubmit(
                sheet,
                f.version(sheet),
                Map.of(
                        "I.1", new ScoreSheet.SelfEntry(new BigDecimal("8"), null),
                        "I.2", new ScoreSheet.SelfEntry(new BigDecimal("35"), null),
                        "II.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, "Quyết định số 12"),
                        "II.2", new ScoreSheet.SelfEntry(new BigDecimal("20"), null),
                        "T.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null),
                        "TR.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null)));
        SecurityContextHolder.clearContext();
        jdbc.update("update scoring_round set status = 'REVIEW' where term_id = ?", f.termId);

        String body = mvc.perform(post("/scoring/sheets/{id}/review", sheet)
                        .with(Users.as(jdbc, f.headUser))
                        .with(csrf())
                        .param("version", String.valueOf(f.version(sheet)))
                        .param("score[" + id("I.2") + "]", "55")
                        .param("reason[" + id("I.2") + "]", "Vượt")
                        .param("score[" + id("II.2") + "]", "15")
                        .param("reason[" + id("II.2") + "]", "")
                        .param("score[" + id("T.1") + "]", "")
                        .param("reason[" + id("T.1") + "]", "x".repeat(2500)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(errorOf(body, "score", "I.2")).contains("điểm phải từ 0 đến 40");
        assertThat(errorOf(body, "reason", "II.2")).contains("điều chỉnh điểm phải ghi lý do");
        assertThat(errorOf(body, "reason", "T.1")).contains("Tối đa 2000 ký tự");
        assertThat(body).contains("value=\"55\"", "value=\"15\"", "x".repeat(2500));
        assertThat(jdbc.queryForObject("select status from score_sheet where id = ?", String.class, sheet))
                .isEqualTo("SUBMITTED");
    }
}
