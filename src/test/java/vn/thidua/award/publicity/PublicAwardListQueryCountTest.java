package vn.thidua.award.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.award.report.ReportFixture;
import vn.thidua.award.report.ReportFixture.Item;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The public list costs a fixed number of statements, for five awards as for five hundred. */
class PublicAwardListQueryCountTest extends IntegrationTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void enableStatistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void disableStatistics() {
        statistics.setStatisticsEnabled(false);
    }

    /** An organiser with {@code awards} awards of its year (a few revoked) and proposals under consideration shown. */
    private ReportFixture organiser(int awards) throws Exception {
        ReportFixture f = ReportFixture.create(jdbc);
        DecisionFixture decision = DecisionFixture.record(jdbc, f.organizerId, 2021);
        jdbc.update("""
                insert into award_granted (decision_id, organizer_id, award_type_id, year, unit_id, person_name,
                    person_position, person_gender, achievement, register_number, verification_code, created_at)
                select ?, ?, case when n % 3 = 0 then ? else ? end, 2021, ?,
                       case when n % 3 = 0 then 'Người ' || n end, case when n % 3 = 0 then 'Chức vụ' end,
                       case when n % 3 = 0 then 'MALE' end, 'Thành tích', ? || n, substr(md5(random()::text || n), 1, 24), now()
                from generate_series(1, ?) n""", decision.decisionId, f.organizerId, f.merit, f.flag, f.chauThanh, f.tag + "/", awards);
        long first = jdbc.queryForObject(
                "select min(id) from award_granted where decision_id = ?", Long.class, decision.decisionId);
        DecisionFixture.revoke(jdbc, first, "Sai sót");
        f.proposal(2021, "SUBMITTED", Item.collective(f.governmentFlag, f.anPhu));
        mvc.perform(post("/admin/publicity")
                        .param("showPending", "true")
                        .with(csrf())
                        .with(Users.as(jdbc, f.admin)))
                .andExpect(status().is3xxRedirection());
        return f;
    }

    private long statementsFor(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    @Test
    void thePublicListCostsTheSameNumberOfStatementsForFiveAwardsAsForFiveHundred() throws Exception {
        ReportFixture small = organiser(5);
        ReportFixture large = organiser(500);
        long smallPage = statementsFor("/public/awards/" + small.tag + "/2021");
        long largePage = statementsFor("/public/awards/" + large.tag + "/2021");
        assertThat(largePage).isEqualTo(smallPage);
        assertThat(smallPage).isLessThan(10);
        assertThat(statementsFor("/public/awards/" + large.tag + "/2021?q=nguoi&page=3"))
                .isEqualTo(smallPage);
    }
}
