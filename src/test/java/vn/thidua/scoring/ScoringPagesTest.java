package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

class ScoringPagesTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    CriteriaTableService tables;

    ScoringFixture c;

    @BeforeEach
    void setUp() {
        c = ScoringFixture.create(jdbc);
        c.createTable(tables);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void administratorsSeeTablesWithTheirTreeAndConsistency() throws Exception {
        mvc.perform(get("/admin/scoring/tables")
                        .param("q", c.tag.toLowerCase())
                        .param("year", "2021")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(c.tableName())));
        mvc.perform(get("/admin/scoring/tables/{id}", c.tableId).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"check-ok\"")))
                .andExpect(content().string(containsString("I.2")));
        mvc.perform(get("/admin/scoring/tables/{id}/nodes/new", c.tableId).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/scoring/tables/new").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk());
    }

    @Test
    void aBadNodeFormComesBackWithTheUsersInputAndAMessage() throws Exception {
        mvc.perform(post("/admin/scoring/tables/{id}/nodes/new", c.tableId)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeType", "CRITERION")
                        .param("code", "III.9")
                        .param("description", "Tiêu chí mới")
                        .param("maxPoints", "abc")
                        .param("kind", "MANUAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"III.9\"")))
                .andExpect(content().string(containsString("Vui lòng nhập điểm tối đa là một số hợp lệ")));
        mvc.perform(post("/admin/scoring/tables/{id}/nodes/new", c.tableId)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeType", "CRITERION")
                        .param("code", "I.2")
                        .param("description", "Trùng mã")
                        .param("maxPoints", "2,5")
                        .param("kind", "MANUAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã &quot;I.2&quot; đã có trong bảng tiêu chí này.")));
        mvc.perform(post("/admin/scoring/tables/{id}/nodes/new", c.tableId)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeType", "CRITERION")
                        .param("code", "III")
                        .param("description", "Tiêu chí mới")
                        .param("maxPoints", "2,5")
                        .param("kind", "MANUAL"))
                .andExpect(redirectedUrl("/admin/scoring/tables/" + c.tableId));
        mvc.perform(get("/admin/scoring/tables/{id}", c.tableId).with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("data-testid=\"check-problems\"")))
                .andExpect(content().string(containsString("Tổng điểm các nhóm cấp cao nhất là 102,5")));
    }

    @Test
    void unitOfficersAndHeadsMayNotOpenAdministrationPages() throws Exception {
        for (String user : new String[] {"anphu", "cumtruong2", c.headUser}) {
            mvc.perform(get("/admin/scoring/tables").with(Users.as(jdbc, user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/scoring/rounds").with(Users.as(jdbc, user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/scoring/tables/{id}", c.tableId).with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWholeJourneyThroughThePages() throws Exception {
        mvc.perform(get("/admin/scoring/rounds").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(c.clusterName())));
        mvc.perform(post("/admin/scoring/rounds/open")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("termId", String.valueOf(c.termId))
                        .param("selfScoringDeadline", "2099-12-31"))
                .andExpect(redirectedUrlPattern("/scoring/rounds/*"));
        long roundId = c.roundId();
        long sheetB = c.sheetOf(c.unitB);
        c.target("I.1", "500");

        mvc.perform(get("/scoring").with(Users.as(jdbc, c.officerB)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(c.clusterName())));
        mvc.perform(get("/scoring/rounds/{id}", roundId).with(Users.as(jdbc, c.officerB)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/scoring/sheets/" + sheetB)))
                .andExpect(content().string(not(containsString("/scoring/sheets/" + c.sheetOf(c.unitC)))));
        mvc.perform(get("/scoring/sheets/{id}", sheetB).with(Users.as(jdbc, c.officerB)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-score-input")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern("(?s).*/js/scoring-[0-9a-f]{32}\\.js.*")));
        mvc.perform(get("/scoring/sheets/{id}", sheetB).with(Users.as(jdbc, c.officerC)))
                .andExpect(status().isNotFound());

        // An out-of-bounds score comes back with the user's input and a message; nothing is saved.
        mvc.perform(post("/scoring/sheets/{id}/draft", sheetB)
                        .with(Users.as(jdbc, c.officerB))
                        .with(csrf())
                        .param("version", String.valueOf(c.version(sheetB)))
                        .param("value[" + c.nodeId("I.2") + "]", "41"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"41\"")))
                .andExpect(content().string(containsString("Tiêu chí I.2: điểm phải từ 0 đến 40.")));
        // A stale version is a conflict, with the input kept.
        mvc.perform(post("/scoring/sheets/{id}/draft", sheetB)
                        .with(Users.as(jdbc, c.officerB))
                        .with(csrf())
                        .param("version", String.valueOf(c.version(sheetB) - 1))
                        .param("value[" + c.nodeId("I.2") + "]", "35"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu vừa được người khác thay đổi")));
        mvc.perform(post("/scoring/sheets/{id}/submit", sheetB)
                        .with(Users.as(jdbc, c.officerB))
                        .with(csrf())
                        .param("version", String.valueOf(c.version(sheetB)))
                        .param("value[" + c.nodeId("I.1") + "]", "612,48")
                        .param("target[" + c.nodeId("I.1") + "]", "512,35")
                        .param("value[" + c.nodeId("I.2") + "]", "35,5")
                        .param("value[" + c.nodeId("II.1") + "]", "1")
                        .param("value[" + c.nodeId("II.2") + "]", "25")
                        .param("value[" + c.nodeId("T.1") + "]", "1")
                        .param("value[" + c.nodeId("TR.1") + "]", "1"))
                .andExpect(redirectedUrl("/scoring/sheets/" + sheetB));
        // A target posted by the unit is ignored: the round's target counts.
        assertThat(jdbc.queryForObject(
                        "select self_target from score_line where sheet_id = ? and node_id = ?",
                        BigDecimal.class,
                        sheetB,
                        c.nodeId("I.1")))
                .isEqualByComparingTo("500");
        mvc.perform(get("/scoring/sheets/{id}", sheetB).with(Users.as(jdbc, c.officerB)))
                .andExpect(content().string(containsString("Đã nộp")))
                .andExpect(content().string(not(containsString("data-score-input"))));

        mvc.perform(post("/admin/scoring/rounds/{id}/advance", roundId)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", String.valueOf(c.roundVersion()))
                        .param("next", "REVIEW"))
                .andExpect(redirectedUrl("/scoring/rounds/" + roundId));
        mvc.perform(get("/scoring/sheets/{id}", sheetB).with(Users.as(jdbc, c.headUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("score[")));
        mvc.perform(post("/scoring/sheets/{id}/review", sheetB)
                        .with(Users.as(jdbc, c.headUser))
                        .with(csrf())
                        .param("version", String.valueOf(c.version(sheetB)))
                        .param("score[" + c.nodeId("I.2") + "]", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiêu chí I.2: điều chỉnh điểm phải ghi lý do.")));
        mvc.perform(post("/scoring/sheets/{id}/review", sheetB)
                        .with(Users.as(jdbc, c.headUser))
                        .with(csrf())
                        .param("version", String.valueOf(c.version(sheetB)))
                        .param("score[" + c.nodeId("I.2") + "]", "30")
                        .param("reason[" + c.nodeId("I.2") + "]", "Thiếu minh chứng"))
                .andExpect(redirectedUrl("/scoring/sheets/" + sheetB));
        mvc.perform(post("/scoring/sheets/{id}/explain", sheetB)
                        .with(Users.as(jdbc, c.officerB))
                        .with(csrf())
                        .param("version", String.valueOf(c.version(sheetB)))
                        .param("explanation[" + c.nodeId("I.2") + "]", "Đã bổ sung"))
                .andExpect(redirectedUrl("/scoring/sheets/" + sheetB));
        mvc.perform(post("/scoring/sheets/{id}/finalise", sheetB)
                        .with(Users.as(jdbc, c.headUser))
                        .with(csrf())
                        .param("version", String.valueOf(c.version(sheetB))))
                .andExpect(redirectedUrl("/scoring/sheets/" + sheetB));
        mvc.perform(get("/scoring/rounds/{id}/ranking", roundId).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"provisional\"")))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/scoring/rounds/{id}/ranking", roundId).with(Users.as(jdbc, c.officerB)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/admin/scoring/rounds/{id}/advance", roundId)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", String.valueOf(c.roundVersion()))
                        .param("next", "FINALISED"))
                .andExpect(redirectedUrl("/scoring/rounds/" + roundId));
        mvc.perform(get("/scoring/rounds/{id}/ranking", roundId).with(Users.as(jdbc, c.officerC)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(c.unitName("B"))));
        mvc.perform(get("/scoring/rounds/{id}/ranking", roundId)
                        .with(Users.as(jdbc, c.officerC))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("On equal totals")));
    }
}
