package vn.thidua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.organization.internal.ClusterPagesTest.html;

import org.junit.jupiter.api.Test;
import vn.thidua.support.Users;

/** The year's page says why it is read-only, and administrators close and reopen a finished year from it. */
class ClusterYearCyclePagesTest extends ClusterFixtures {

    private String statusOf(long term) {
        return jdbc.queryForObject("select status from cluster_term where id = ?", String.class, term);
    }

    @Test
    void aYearWhosePledgeIsOpenSaysItsMembersAreFrozenAndLinksToThePledge() throws Exception {
        long cluster = newCluster("AG", "Cụm đang ký giao ước");
        long term = newTerm(cluster, 2021, "PLEDGE");
        long a = newUnit("AG", "Xã Đã Chốt");
        addMember(term, a, "HEAD");
        String page = "/admin/clusters/" + cluster + "/years/2021";
        mvc.perform(get(page).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("data-testid=\"frozen-notice\""),
                        containsString("Muốn thay đổi, cụm trưởng hoặc quản trị viên phải rút giao ước về trước"),
                        containsString("href=\"/pledges/term/" + term + "\" data-testid=\"frozen-pledge-link\""),
                        containsString(">Ký kết giao ước</span>"),
                        not(containsString("data-testid=\"leaders-form\"")),
                        not(containsString("data-testid=\"add-members-form\"")),
                        not(containsString("data-testid=\"close-form\"")))));
        mvc.perform(post(page + "/members/remove")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("unitId", String.valueOf(a))
                        .param("version", String.valueOf(termVersion(term))))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attributeExists("flash"));
        assertThat(jdbc.queryForObject("select count(*) from cluster_member where term_id = ?", Integer.class, term))
                .isEqualTo(1);
    }

    @Test
    void aYearBeingSetUpAsksBeforeItsHeadIsChanged() throws Exception {
        long cluster = newCluster("AG", "Cụm đổi trưởng");
        long term = newTerm(cluster, 2021, "SET_UP");
        long a = newUnit("AG", "Xã Trưởng Hiện Tại");
        addMember(term, a, "HEAD");
        mvc.perform(get("/admin/clusters/" + cluster + "/years/2021").with(Users.as(jdbc, "admin")))
                .andExpect(html(allOf(
                        containsString("data-current-head=\"" + a + "\""),
                        containsString("data-head-change-confirm=\"Thay cụm trưởng của năm?"))));
    }

    @Test
    void anAdministratorClosesAFinishedYearAndReopensItWithAReason() throws Exception {
        long cluster = newCluster("AG", "Cụm khóa sổ");
        long term = newTerm(cluster, 2021, "RESULTS");
        String page = "/admin/clusters/" + cluster + "/years/2021";
        mvc.perform(get(page).with(Users.as(jdbc, "thamdinh")))
                .andExpect(html(not(containsString("data-testid=\"close-form\""))));
        mvc.perform(get(page).with(Users.as(jdbc, "admin")))
                .andExpect(
                        html(allOf(containsString("data-testid=\"close-form\""), containsString("Khóa sổ năm 2021?"))));
        mvc.perform(post(page + "/close")
                        .with(Users.as(jdbc, "thamdinh"))
                        .with(csrf())
                        .param("version", String.valueOf(termVersion(term))))
                .andExpect(status().isForbidden());
        assertThat(statusOf(term)).isEqualTo("RESULTS");

        mvc.perform(post(page + "/close")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", String.valueOf(termVersion(term))))
                .andExpect(redirectedUrl(page));
        assertThat(statusOf(term)).isEqualTo("CLOSED");
        mvc.perform(get(page).with(Users.as(jdbc, "admin")))
                .andExpect(html(allOf(
                        containsString("Năm thi đua này đã khóa sổ"),
                        containsString("data-testid=\"reopen-form\""),
                        containsString(">Đã khóa sổ</span>"))));

        // Without a reason nothing happens, and the page says why.
        mvc.perform(post(page + "/reopen")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", String.valueOf(termVersion(term)))
                        .param("reason", " "))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attributeExists("flash"));
        assertThat(statusOf(term)).isEqualTo("CLOSED");
        mvc.perform(post(page + "/reopen")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", String.valueOf(termVersion(term)))
                        .param("reason", "Bổ sung hồ sơ"))
                .andExpect(redirectedUrl(page));
        assertThat(statusOf(term)).isEqualTo("RESULTS");
        assertThat(jdbc.queryForObject(
                        "select reason from audit_event where entity_type = 'ClusterTerm' and entity_id = ? and action = 'TERM_REOPENED'",
                        String.class,
                        term))
                .isEqualTo("Bổ sung hồ sơ");
    }

    @Test
    void theDemoYearsStandWhereTheirPledgeAndScoringHaveTakenThem() {
        // No year is shown at a step before scoring while its scoring is open.
        assertThat(jdbc.queryForObject("""
                select count(*) from cluster_term t join scoring_round r on r.term_id = t.id and r.status <> 'NOT_OPEN'
                where t.status in ('SET_UP', 'PLEDGE', 'PLEDGED')""", Integer.class)).isZero();
        assertThat(demoStatus("AG", "CUM2", 2021)).isEqualTo("SCORING");
        assertThat(demoStatus("KG", "CUM3", 2021)).isEqualTo("SCORING");
        // Cluster 2 has voted on its 2020 awards, sent its proposal and had its awards decided: the year stands
        // decided; the other 2020 years are closed.
        assertThat(demoStatus("AG", "CUM2", 2020)).isEqualTo("DECIDED");
        assertThat(demoStatus("TW", "TNB", 2020)).isEqualTo("CLOSED");
        assertThat(demoStatus("AG", "KHOIKT", 2021)).isEqualTo("SET_UP");
    }

    private String demoStatus(String organizer, String cluster, int year) {
        return jdbc.queryForObject("""
                select t.status from cluster_term t join cluster c on c.id = t.cluster_id join organizer o on o.id = c.organizer_id
                where o.code = ? and c.code = ? and t.year = ?""", String.class, organizer, cluster, year);
    }
}
