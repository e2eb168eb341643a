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

/** Kiên Giang's Cluster 3 (completed 2021 pledge) is open for self-scoring: Hà Tiên enters its annual results there. */
class AnnualResultsDemoDataTest extends IntegrationTest {

    @Autowired
    AnnualResultService results;

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

    private long round() {
        return idOf("select id from scoring_round where term_id = ?", termId("KG", "CUM3", 2021));
    }

    private long sheet(String unit) {
        return idOf("select id from score_sheet where round_id = ? and unit_id = ?", round(), unitId("KG", unit));
    }

    @Test
    void haTienCanEnterItsResultsAgainstTheCompletedPledgesTwelveTargets() throws Exception {
        as("hatien");
        UnitResultsView view = results.ofSheet(sheet("HT"));
        assertThat(view.canEdit()).isTrue();
        assertThat(view.rows()).hasSize(12);
        assertThat(view.rows())
                .extracting(row -> row.target().name())
                .contains("Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán được giao");
        mvc.perform(get("/scoring/sheets/{id}/results", sheet("HT")).with(Users.as(jdbc, "hatien")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"save-results\"")));
    }

    @Test
    void theClusterYearIsInItsScoringStepWithAConsistentTableLinkedToThePledgesTargets() {
        assertThat(jdbc.queryForObject(
                        "select status from cluster_term where id = ?", String.class, termId("KG", "CUM3", 2021)))
                .isEqualTo("SCORING");
        as("kiengiang");
        long table = idOf("select table_id from scoring_round where id = ?", round());
        assertThat(tables.problems(table)).isEmpty();
        assertThat(tables.tree(table).criteria())
                .filteredOn(node -> node.getPledgeTarget() != null)
                .extracting(CriterionNode::getCode)
                .containsExactlyInAnyOrder("I.1", "I.2", "I.4");
    }

    @Test
    void theHeadSeesPhuQuocsSubmittedResultsAndTheProvinceSeesEveryUnit() {
        as("kienhai");
        ClusterResultsView head = results.ofRound(round());
        assertThat(head.units()).extracting(u -> u.code()).contains("PQ").doesNotContain("HT");
        var revenue = head.targets().stream()
                .filter(t -> t.name().startsWith("Thu ngân sách"))
                .findFirst()
                .orElseThrow();
        var pq = head.units().stream()
                .filter(u -> u.code().equals("PQ"))
                .findFirst()
                .orElseThrow();
        assertThat(head.cell(pq, revenue).percent()).isEqualByComparingTo("121.30");
        as("kiengiang");
        assertThat(results.ofRound(round()).units()).extracting(u -> u.code()).contains("HT", "PQ", "GT", "KL", "KH");
    }
}
