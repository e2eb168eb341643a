package vn.thidua.award.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.award.report.ReportFixture.Item;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The report page issues as many statements for a year of three awards as for one of hundreds of many types. */
class ReportQueryCountTest extends IntegrationTest {

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

    private ReportFixture year(int awards, int extraTypes) {
        ReportFixture f = ReportFixture.create(jdbc);
        f.proposal(2021, "REVIEWED", Item.collective(f.flag, f.anPhu), Item.collective(f.flag, f.choMoi));
        DecisionFixture decision = DecisionFixture.record(jdbc, f.organizerId, 2021);
        for (int i = 0; i < extraTypes; i++) {
            long type = jdbc.queryForObject(
                    """
                    insert into award_type (organizer_id, code, name, category, level, recipient, vote_base,
                        vote_share_percent, vote_share_strict) values (?, ?, ?, 'COMMENDATION', ?, 'COLLECTIVE', 'MEMBERS', 50,
                        true) returning id""",
                    Long.class,
                    f.organizerId,
                    f.tag + "T" + i,
                    "Hình thức " + i,
                    i % 2 == 0 ? "PROVINCE" : "STATE");
            decision.grant(type, f.anPhu, "Thành tích");
        }
        for (int i = 0; i < awards; i++) {
            decision.grant(
                    i % 2 == 0 ? f.flag : f.merit,
                    f.chauThanh,
                    i % 2 == 0 ? null : "Người " + i,
                    i % 2 == 0 ? null : "Chức vụ",
                    "Thành tích");
        }
        DecisionFixture.revoke(jdbc, decision.awardIds.get(0), "Sai sót");
        return f;
    }

    private long statementsFor(String url, String user) throws Exception {
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    @Test
    void theReportPageCostsTheSameNumberOfStatementsForAnyNumberOfAwards() throws Exception {
        ReportFixture small = year(3, 0);
        ReportFixture large = year(200, 20);
        for (String period : new String[] {"EMULATION_YEAR", "REPORTING_YEAR"}) {
            String url = "/reports/awards?year=2021&period=" + period;
            long smallPage = statementsFor(url, small.admin);
            long largePage = statementsFor(url, large.admin);
            assertThat(largePage).isEqualTo(smallPage);
            assertThat(smallPage).isLessThan(12);
        }
    }
}
