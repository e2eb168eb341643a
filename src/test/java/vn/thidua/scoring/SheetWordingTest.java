package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * Small things on the scoring pages: a sheet not yet submitted has no current score on the round page ("—", not 0),
 * a bonus section named "Điểm thưởng" is not labelled "Điểm thưởng" twice, a reviewer's reason box wraps, and a
 * status history names people, not their logins.
 */
class SheetWordingTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    RoundService roundService;

    @Autowired
    SelfScoringService selfScoring;

    ScoringFixture f;

    @BeforeEach
    void setUp() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().plusDays(10), null, null);
        f.as(f.officerB);
        long sheetB = f.sheetOf(f.unitB);
        selfScoring.saveDraft(
                sheetB, f.version(sheetB), Map.of("I.2", new ScoreSheet.SelfEntry(new BigDecimal("30"), null)));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSheetNotYetSubmittedHasNoCurrentScore() throws Exception {
        String page = mvc.perform(get("/scoring/rounds/{id}", f.roundId()).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The table comes after the list of units yet to submit, which names the unit too.
        String row = page.substring(page.lastIndexOf(f.unitName("B")));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">—<").doesNotContain(">30<").doesNotContain(">0<");
    }

    @Test
    void aSectionIsNotLabelledTwiceAndTheReviewReasonWraps() throws Exception {
        String sheet = mvc.perform(
                        get("/scoring/sheets/{id}", f.sheetOf(f.unitB)).with(Users.as(jdbc, f.officerB)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String section = sheet.substring(sheet.indexOf(">T<"));
        section = section.substring(0, section.indexOf("</tr>"));
        assertThat(section.split("Điểm thưởng", -1)).hasSize(2);

        f.as("admin");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.REVIEW, null);
        SecurityContextHolder.clearContext();
        jdbc.update("update score_sheet set status = 'SUBMITTED' where id = ?", f.sheetOf(f.unitB));
        String review = mvc.perform(
                        get("/scoring/sheets/{id}", f.sheetOf(f.unitB)).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(review).containsPattern("<textarea[^>]*reason-entry[^>]*placeholder=\"Lý do điều chỉnh\"");
    }

    @Test
    void theStatusHistoryNamesThePersonNotTheirLogin() throws Exception {
        String fullName = jdbc.queryForObject("select full_name from app_user where username = 'admin'", String.class);
        String page = mvc.perform(get("/scoring/rounds/{id}", f.roundId()).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String history = page.substring(page.lastIndexOf("<ul class=\"small text-muted\">"));
        history = history.substring(0, history.indexOf("</ul>"));
        assertThat(history).contains(fullName).doesNotContain(">admin<");
    }
}
