package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** Every scoring route, read by every kind of user of the demo data: role AND scope decide, a missing scope denies. */
class ScoringAccessTest extends IntegrationTest {

    private static final String[] USERS = {
        "admin", "thamdinh", "cumtruong2", "anphu", "chomoi", "kiengiang", "kienhai", "trunguong"
    };

    private long round(int year) {
        return idOf("select id from scoring_round where term_id = ?", termId("AG", "CUM2", year));
    }

    private void expect(String url, int... statuses) throws Exception {
        Map<String, Integer> actual = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < USERS.length; i++) {
            actual.put(
                    USERS[i],
                    mvc.perform(get(url).with(Users.as(jdbc, USERS[i])))
                            .andReturn()
                            .getResponse()
                            .getStatus());
            expected.put(USERS[i], statuses[i]);
        }
        assertThat(actual).as(url).isEqualTo(expected);
    }

    @Test
    void everyRouteAnswersEveryRoleAsItsRuleSays() throws Exception {
        long table2020 = idOf("select table_id from scoring_round where id = ?", round(2020));
        long anPhuSheet =
                idOf("select id from score_sheet where round_id = ? and unit_id = ?", round(2021), unitId("AG", "AP"));
        long chauThanhSheet =
                idOf("select id from score_sheet where round_id = ? and unit_id = ?", round(2021), unitId("AG", "CT"));
        //                                                 admin thamdinh cumtruong2 anphu chomoi kiengiang kienhai
        // trunguong
        expect("/admin/scoring/tables", 200, 200, 403, 403, 403, 200, 403, 200);
        expect("/admin/scoring/tables/new", 200, 403, 403, 403, 403, 200, 403, 200);
        expect("/admin/scoring/tables/" + table2020, 200, 200, 403, 403, 403, 404, 403, 404);
        expect("/admin/scoring/tables/" + table2020 + "/export.xlsx", 200, 200, 403, 403, 403, 404, 403, 404);
        expect("/admin/scoring/tables/" + table2020 + "/nodes/new", 200, 403, 403, 403, 403, 404, 403, 404);
        expect("/admin/scoring/rounds", 200, 200, 403, 403, 403, 200, 403, 200);
        expect("/scoring", 302, 302, 200, 200, 200, 302, 200, 302);
        expect("/scoring/rounds/" + round(2021), 200, 200, 200, 200, 200, 404, 404, 404);
        // The head sees another member's sheet only once it is submitted; An Phú's 2021 sheet is a draft.
        expect("/scoring/sheets/" + anPhuSheet, 200, 200, 404, 200, 404, 404, 404, 404);
        expect("/scoring/sheets/" + chauThanhSheet, 200, 200, 200, 404, 404, 404, 404, 404);
        expect("/scoring/sheets/" + anPhuSheet + "/export.xlsx", 200, 200, 404, 200, 404, 404, 404, 404);
        expect("/scoring/rounds/" + round(2021) + "/ranking", 200, 200, 422, 422, 422, 404, 404, 404);
        expect("/scoring/rounds/" + round(2020) + "/ranking", 200, 200, 200, 200, 200, 404, 404, 404);
        expect("/scoring/rounds/" + round(2020) + "/ranking.xlsx", 200, 200, 200, 200, 200, 404, 404, 404);
        expect("/admin/scoring/rounds/" + round(2021) + "/targets", 200, 200, 403, 403, 403, 404, 403, 404);
    }

    @Test
    void onlyAdministratorsChangeTablesAndRounds() throws Exception {
        long table2020 = idOf("select table_id from scoring_round where id = ?", round(2020));
        for (String user : new String[] {"thamdinh", "cumtruong2", "anphu"}) {
            int status = mvc.perform(post("/admin/scoring/rounds/{id}/advance", round(2021))
                            .with(Users.as(jdbc, user))
                            .with(csrf())
                            .param("version", "0")
                            .param("next", "REVIEW"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(user).isEqualTo(403);
            status = mvc.perform(post("/admin/scoring/rounds/{id}/targets", round(2021))
                            .with(Users.as(jdbc, user))
                            .with(csrf())
                            .param("nodeId", "1")
                            .param("target", "1"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(user).isEqualTo(403);
            status = mvc.perform(post("/admin/scoring/rounds/{id}/remind", round(2021))
                            .with(Users.as(jdbc, user))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(user).isEqualTo(403);
            status = mvc.perform(post("/admin/scoring/tables/{id}/copy", table2020)
                            .with(Users.as(jdbc, user))
                            .with(csrf())
                            .param("year", "2030"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(user).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select status from scoring_round where id = ?", String.class, round(2021)))
                .isEqualTo("SELF_SCORING");
    }
}
