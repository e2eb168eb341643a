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
import vn.thidua.award.proposal.ReviewOutcome;
import vn.thidua.award.proposal.SubmittedProposals;
import vn.thidua.award.proposal.SubmittedProposals.Submitted;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The review queue issues as many SQL statements for a page of twenty clusters' (or provinces' onward) proposals as
 * for a page of two, and the review page of a proposal as many for twelve items as for two.
 */
class ReviewQueryCountTest extends IntegrationTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    ReviewService reviews;

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

    @Test
    void theCentralQueueCostsTheSameNumberOfStatementsForAnyNumberOfOnwardProposals() throws Exception {
        long tw = jdbc.queryForObject("select id from organizer where code = 'TW'", Long.class);
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (int i = 0; i < 20; i++) {
            Long province = jdbc.queryForObject(
                    "insert into organizer (code, name, kind, working_year) values (?, ?, 'PROVINCE', 2095) returning id",
                    Long.class,
                    "Q" + tag + i,
                    "Tỉnh thử " + tag + " " + i);
            jdbc.update("""
                    insert into award_onward_proposal (organizer_id, recipient_id, year, status, submission_recipient,
                        submission_body, created_at, created_by, updated_at, submitted_at, submitted_by)
                    values (?, ?, 2095, 'SUBMITTED', 'Hội đồng', 'Tờ trình', now(), 'admin', now(), now(), 'admin')""", province, tw);
        }
        // Both pages are full and every row comes from another province: one query, one count, one look-up of names.
        long two = statementsFor("/review?year=2095&size=2", "trunguong");
        long twenty = statementsFor("/review?year=2095&size=20&sort=status,desc", "trunguong");
        assertThat(twenty).isEqualTo(two);
        assertThat(twenty).isLessThan(15);
    }

    @Test
    void theReviewPageCostsTheSameNumberOfStatementsForAnyNumberOfItems() throws Exception {
        Submitted small = SubmittedProposals.create(jdbc, proposals);
        Submitted large = SubmittedProposals.create(jdbc, proposals, 10);
        for (Submitted s : java.util.List.of(small, large)) {
            s.as("thamdinh");
            reviews.recommend(s.proposalId(), s.itemA(), s.version(), 0, ReviewOutcome.ACCEPTED, null);
            s.as("admin");
            reviews.judge(s.proposalId(), s.itemB(), s.version(), 0, ReviewOutcome.REJECTED, "Thiếu số liệu");
        }
        SecurityContextHolder.clearContext();
        long smallPage = statementsFor("/review/proposals/" + small.proposalId(), "admin");
        long largePage = statementsFor("/review/proposals/" + large.proposalId(), "admin");
        assertThat(largePage).isEqualTo(smallPage);
        assertThat(smallPage).isLessThan(30);
    }
}
