package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The ranking's chart compares units group by group: one bar segment per scored group and unit, with a legend. */
class RankingChartTest extends IntegrationTest {

    @Test
    void theChartSplitsEachUnitsBarByGroup() throws Exception {
        long round = idOf("""
                select r.id from scoring_round r join cluster_term t on t.id = r.term_id join cluster c on c.id = t.cluster_id
                join organizer o on o.id = c.organizer_id where o.code = 'AG' and c.code = 'CUM2' and t.year = 2020""");
        MvcResult result = mvc.perform(
                        get("/scoring/rounds/" + round + "/ranking").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn();
        String html = result.getResponse().getContentAsString();
        String chart = html.substring(html.indexOf("<svg class=\"ranking-chart\""));
        // Demo table 2020: groups I–IV and the bonus points are drawn; deductions are not.
        assertThat(count(chart, "chart-bar chart-g0")).isEqualTo(6);
        assertThat(count(chart, "chart-bar chart-g4")).isEqualTo(6);
        assertThat(count(chart, "chart-bar chart-g5")).isZero();
        assertThat(html).contains("data-testid=\"chart-legend\"");
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
