package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

class ScoringDemoDataTest extends IntegrationTest {

    @Autowired
    RankingService rankings;

    @Autowired
    SheetViews sheetViews;

    @Autowired
    RoundViews roundViews;

    @Autowired
    CriteriaTableService tables;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void as(String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long round(int year) {
        return idOf("select id from scoring_round where term_id = ?", termId("AG", "CUM2", year));
    }

    @Test
    void cluster2s2020RankingHasAnPhuFirstAndChauThanhSecond() {
        as("anphu");
        RankingView ranking = rankings.ranking(round(2020));
        assertThat(ranking.provisional()).isFalse();
        assertThat(ranking.rows()).extracting(r -> r.candidate().unitCode()).startsWith("AP", "CT");
        assertThat(ranking.rows()).hasSize(6);
    }

    @Test
    void theDemoTablesAreConsistentAndThe2021TableIsACopyOf2020() {
        as("admin");
        long t2020 = idOf("select table_id from scoring_round where id = ?", round(2020));
        long t2021 = idOf("select table_id from scoring_round where id = ?", round(2021));
        assertThat(tables.problems(t2020)).isEmpty();
        assertThat(tables.problems(t2021)).isEmpty();
        assertThat(tables.table(t2021).getCopiedFromId()).isEqualTo(t2020);
        assertThat(tables.tree(t2021).criteria())
                .hasSize(tables.tree(t2020).criteria().size());
    }

    @Test
    void cluster2MembersCanFillTheir2021SheetsAndTheHeadReviews() {
        long sheet =
                idOf("select id from score_sheet where round_id = ? and unit_id = ?", round(2021), unitId("AG", "AP"));
        as("anphu");
        assertThat(sheetViews.sheet(sheet).canFill()).isTrue();
        as("cumtruong2");
        assertThat(roundViews.roundView(round(2021)).canReview()).isTrue();
    }

    @Test
    void cluster2s2021FiguresHaveTheirTargetsSoMembersNeedNotTypeThem() {
        as("anphu");
        long sheet =
                idOf("select id from score_sheet where round_id = ? and unit_id = ?", round(2021), unitId("AG", "AP"));
        SheetView view = sheetViews.sheet(sheet);
        view.tree().criteria().stream()
                .filter(n -> n.getKind() == CriterionKind.FIGURE_AGAINST_TARGET)
                .forEach(n -> assertThat(view.targetOf(n)).as(n.getCode()).isNotNull());
        assertThat(view.targetOf(view.tree().find("I.1").orElseThrow())).isEqualByComparingTo("98");
    }

    @Test
    void theRankingPageShowsTheChartAndTheOrder() throws Exception {
        String page = mvc.perform(
                        get("/scoring/rounds/{id}/ranking", round(2020)).with(Users.as(jdbc, "chomoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("Ủy ban nhân dân huyện An Phú"))
                .isLessThan(page.indexOf("Ủy ban nhân dân huyện Châu Thành"));
    }
}
