package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** A sheet's figures and a round's targets are read as the reader types numbers: 1,234.5 in English, 1.234,5 in Vietnamese. */
class SheetNumbersLanguageTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    ScoringFixture f;
    long sheet;

    @BeforeEach
    void setUp() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
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

    private BigDecimal savedFigure(String lang, String typed) throws Exception {
        String id = String.valueOf(f.nodeId("I.1"));
        mvc.perform(post("/scoring/sheets/{id}/draft", sheet)
                        .param("lang", lang)
                        .with(Users.as(jdbc, f.officerB))
                        .with(csrf())
                        .param("version", String.valueOf(f.version(sheet)))
                        .param("value[" + id + "]", typed))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject(
                "select l.self_value from score_line l join criterion_node n on n.id = l.node_id"
                        + " where l.sheet_id = ? and n.code = 'I.1'",
                BigDecimal.class,
                sheet);
    }

    @Test
    void aFigureTypedInEnglishIsReadTheEnglishWay() throws Exception {
        assertThat(savedFigure("en", "1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(savedFigure("en", "1,234")).isEqualByComparingTo("1234");
        assertThat(savedFigure("en", "7.5")).isEqualByComparingTo("7.5");
    }

    @Test
    void aFigureTypedInVietnameseIsReadTheVietnameseWay() throws Exception {
        assertThat(savedFigure("vi", "1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(savedFigure("vi", "1.234")).isEqualByComparingTo("1234");
        assertThat(savedFigure("vi", "7,5")).isEqualByComparingTo("7.5");
    }

    @Test
    void aRoundTargetTypedInEnglishIsReadTheEnglishWay() throws Exception {
        mvc.perform(post("/admin/scoring/rounds/{id}/targets", f.roundId())
                        .param("lang", "en")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeId", String.valueOf(f.nodeId("I.1")))
                        .param("target", "1,234.5"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select target from round_target where round_id = ? and node_id = ? and unit_id is null",
                        BigDecimal.class,
                        f.roundId(),
                        f.nodeId("I.1")))
                .isEqualByComparingTo("1234.5");
    }
}
