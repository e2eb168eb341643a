package vn.thidua.award.decision;

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
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** A decision's page issues as many SQL statements for a decision of two awards as for one of two hundred. */
class DecisionQueryCountTest extends IntegrationTest {

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

    /** A decision of {@code awards} awards to An Phú, one of them revoked by a later decision. */
    private long decision(int awards) {
        long organizer = idOf("select id from organizer where code = 'AG'");
        long flag = DecisionFixture.awardType(jdbc, "AG", "CO_TINH");
        long certificate = DecisionFixture.awardType(jdbc, "AG", "BK_CHU_TICH");
        long unit = unitId("AG", "AP");
        DecisionFixture decision = DecisionFixture.record(jdbc, organizer, 2015);
        for (int i = 0; i < awards; i++) {
            if (i % 2 == 0) {
                decision.grant(flag, unit, "Thành tích " + i);
            } else {
                decision.grant(certificate, unit, "Người " + i, "Chức vụ", "Thành tích " + i);
            }
        }
        DecisionFixture.revoke(jdbc, decision.awardIds.get(0), "Thu hồi");
        return decision.decisionId;
    }

    private long statementsFor(String url, String user) throws Exception {
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    @Test
    void theDecisionPageCostsTheSameNumberOfStatementsForAnyNumberOfAwards() throws Exception {
        long small = decision(2);
        long large = decision(200);
        long smallPage = statementsFor("/decisions/" + small, "admin");
        long largePage = statementsFor("/decisions/" + large, "admin");
        assertThat(largePage).isEqualTo(smallPage);
        assertThat(smallPage).isLessThan(20);
        assertThat(statementsFor("/decisions/" + large, "anphu"))
                .isEqualTo(statementsFor("/decisions/" + small, "anphu"));
        assertThat(statementsFor("/decisions?year=2015", "admin")).isLessThan(15);
    }
}
