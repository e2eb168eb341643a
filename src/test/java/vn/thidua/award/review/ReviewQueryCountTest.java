package vn.thidua.award.review;

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
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.proposal.SubmittedProposals;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The review queue issues as many SQL statements for a page of twenty clusters' proposals as for a page of two. */
class ReviewQueryCountTest extends IntegrationTest {

    @Autowired
    ProposalService proposals;

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
    void theQueueCostsTheSameNumberOfStatementsForAnyNumberOfProposals() throws Exception {
        for (int i = 0; i < 20; i++) {
            SubmittedProposals.create(jdbc, proposals);
        }
        // Both pages are full (the year holds at least twenty sent proposals): each runs its query and its count.
        long two = statementsFor("/review?year=2021&size=2", "admin");
        long twenty = statementsFor("/review?year=2021&size=20", "admin");
        assertThat(twenty).isEqualTo(two);
        assertThat(twenty).isLessThan(15);
        assertThat(statementsFor("/review?year=2021&size=20&status=SUBMITTED", "thamdinh"))
                .isEqualTo(statementsFor("/review?year=2021&size=2&status=SUBMITTED", "thamdinh"));
    }
}
