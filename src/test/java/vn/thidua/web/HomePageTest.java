package vn.thidua.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The layout and the home page read the organiser, the person's unit and their cluster-years through organisation's
 * records: the officer of the head unit sees the organiser, its unit, the cluster it heads in the menu and its
 * clusters of the working year on the home page.
 */
class HomePageTest extends IntegrationTest {

    @Test
    void theHeadUnitsOfficerSeesItsUnitOrganiserAndClustersOfTheWorkingYear() throws Exception {
        long term = termId("AG", "CUM2", 2021);
        String cluster = jdbc.queryForObject(
                "select c.name from cluster c join cluster_term t on t.cluster_id = c.id where t.id = ?",
                String.class,
                term);
        String unit = jdbc.queryForObject(
                "select u.name from unit u join app_user a on a.unit_id = u.id where a.username = 'cumtruong2'",
                String.class);
        String organizer = jdbc.queryForObject("select name from organizer where code = 'AG'", String.class);
        mvc.perform(get("/").with(Users.as(jdbc, "cumtruong2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(cluster)))
                .andExpect(content().string(containsString(unit)))
                .andExpect(content().string(containsString(organizer)))
                .andExpect(content().string(containsString("/my/clusters/" + term)))
                .andExpect(content().string(containsString("/pledges/term/" + term)));
    }

    @Test
    void staffHaveNoClustersOfTheirOwn() throws Exception {
        long term = termId("AG", "CUM2", 2021);
        mvc.perform(get("/").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/pledges/term/" + term))));
    }
}
