package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.FlashMap;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * Numbers and dates read one way on the scoring pages: 52,5 and 0,5 (not 52.5 and 0.5), deadlines typed and shown
 * as dd/mm/yyyy, pass/fail answers as Đạt / Không đạt; and a "not met" answer needs no evidence.
 */
class ReadableNumbersTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    SelfScoringService selfScoring;

    ScoringFixture f;

    @BeforeEach
    void setUp() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCriteriaTableAndTheCriterionFormUseTheReadersDecimalMark() throws Exception {
        jdbc.update("update criteria_table set total_max = 52.5 where id = ?", f.tableId);
        jdbc.update("update criterion_node set target_share = 0.5 where table_id = ? and code = 'I.1'", f.tableId);
        String table = page(get("/admin/scoring/tables/{id}", f.tableId), "vi");
        assertThat(table).contains("khác tổng điểm tối đa của bảng (52,5)").doesNotContain("52.5");
        assertThat(page(get("/admin/scoring/tables/{id}", f.tableId), "en")).contains("(52.5)");

        String form = page(get("/admin/scoring/tables/{id}/nodes/{n}/edit", f.tableId, f.nodeId("I.1")), "vi");
        assertThat(form).contains("value=\"0,5\"").doesNotContain("value=\"0.5\"");
        assertThat(page(get("/admin/scoring/tables/{id}/nodes/{n}/edit", f.tableId, f.nodeId("I.1")), "en"))
                .contains("value=\"0.5\"");
    }

    @Test
    void deadlinesAreTypedAsDayMonthYearAndABadOneIsExplainedAndKept() throws Exception {
        mvc.perform(post("/admin/scoring/rounds/open")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("termId", String.valueOf(f.termId))
                        .param("selfScoringDeadline", "31/12/2099")
                        .param("reviewDeadline", "15/1/2100"))
                .andExpect(status().is3xxRedirection());
        long round = f.roundId();
        assertThat(jdbc.queryForObject(
                        "select self_scoring_deadline from scoring_round where id = ?", LocalDate.class, round))
                .isEqualTo(LocalDate.of(2099, 12, 31));
        String page = page(get("/scoring/rounds/{id}", round), "vi");
        assertThat(page)
                .contains("value=\"31/12/2099\"", "value=\"15/01/2100\"", "placeholder=\"dd/mm/yyyy\"")
                .doesNotContain("type=\"date\"");

        FlashMap flash = mvc.perform(post("/admin/scoring/rounds/{id}/deadlines", round)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", String.valueOf(f.roundVersion()))
                        .param("selfScoringDeadline", "31/02/2099")
                        .param("reviewDeadline", "15/01/2100"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();
        assertThat(flash.get("typedSelfScoringDeadline")).isEqualTo("31/02/2099");
        String again = mvc.perform(
                        get("/scoring/rounds/{id}", round).flashAttrs(flash).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("&quot;31/02/2099&quot; không phải là ngày hợp lệ", "value=\"31/02/2099\"");
        assertThat(jdbc.queryForObject(
                        "select self_scoring_deadline from scoring_round where id = ?", LocalDate.class, round))
                .isEqualTo(LocalDate.of(2099, 12, 31));
    }

    @Test
    void passFailAnswersReadAsMetOrNotMetAndNotMetNeedsNoEvidence() throws Exception {
        jdbc.update(
                "update criterion_node set evidence_required = true where table_id = ? and code in ('II.1', 'T.1')",
                f.tableId);
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().plusDays(10), null, null);
        f.target("I.1", "100");
        long sheet = f.sheetOf(f.unitB);
        f.as(f.officerB);
        Map<String, ScoreSheet.SelfEntry> values = new HashMap<>();
        values.put("I.1", new ScoreSheet.SelfEntry(new BigDecimal("100"), null));
        values.put("I.2", new ScoreSheet.SelfEntry(new BigDecimal("30"), null));
        values.put("II.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, null));
        values.put("II.2", new ScoreSheet.SelfEntry(new BigDecimal("20"), null));
        values.put("T.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
        values.put("TR.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
        selfScoring.saveDraft(sheet, f.version(sheet), values);
        // II.1 is answered "met": its evidence is asked for. T.1 is "not met": nothing to prove.
        assertThatThrownBy(() -> selfScoring.submit(sheet, f.version(sheet)))
                .hasMessageContaining("scoring.submit.evidenceMissing")
                .hasMessageContaining("II.1")
                .hasMessageNotContaining("T.1");
        values.put("II.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
        selfScoring.saveDraft(sheet, f.version(sheet), values);
        selfScoring.submit(sheet, f.version(sheet));
        SecurityContextHolder.clearContext();

        String page = mvc.perform(get("/scoring/sheets/{id}", sheet).with(Users.as(jdbc, f.officerB)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String row = page.substring(page.indexOf(">II.1<"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">Không đạt<");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String lang)
            throws Exception {
        return mvc.perform(request.param("lang", lang).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
