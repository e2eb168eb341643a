package vn.thidua.award.onward;

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
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The onward proposal's page issues as many SQL statements for one item as for three, as a draft and under review. */
class OnwardQueryCountTest extends IntegrationTest {

    @Autowired
    OnwardService onward;

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
        SecurityContextHolder.clearContext();
    }

    private long statementsFor(String url, String user) throws Exception {
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    @Test
    void thePageCostsTheSameNumberOfStatementsForAnyNumberOfItems() throws Exception {
        OnwardFixture small = OnwardFixture.create(jdbc, 2, "100");
        OnwardFixture large = OnwardFixture.create(jdbc, 2, "100");
        small.as("admin");
        long smallId = onward.start(small.year);
        onward.addItem(smallId, small.version(), small.govFlag, small.flagA);
        long largeId = onward.start(large.year);
        onward.addItem(largeId, large.version(), large.govFlag, large.flagA);
        onward.addItem(largeId, large.version(), large.govFlag, large.flagB);
        onward.addItem(largeId, large.version(), large.pmBk, large.bkC);
        SecurityContextHolder.clearContext();

        long smallDraft = statementsFor("/onward/" + smallId, "admin");
        long largeDraft = statementsFor("/onward/" + largeId, "admin");
        assertThat(largeDraft).isEqualTo(smallDraft);
        assertThat(smallDraft).isLessThan(30);

        small.as("admin");
        onward.submit(smallId, small.version());
        onward.submit(largeId, large.version());
        SecurityContextHolder.clearContext();
        assertThat(statementsFor("/onward/" + largeId, "trunguong"))
                .isEqualTo(statementsFor("/onward/" + smallId, "trunguong"));
    }
}
