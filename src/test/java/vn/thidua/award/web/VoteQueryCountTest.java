package vn.thidua.award.web;

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
import vn.thidua.award.vote.VoteFixture;
import vn.thidua.common.DisplayFormat;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The vote page and the ballot page issue a fixed number of SQL statements, whatever the number of member units,
 * candidates and ballots: the same page for a bigger cluster costs exactly as many statements.
 */
class VoteQueryCountTest extends IntegrationTest {

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

    /** An open vote of {@code members} units with next year's head among the questions (every member a candidate). */
    private VoteFixture openVote(int members) throws Exception {
        VoteFixture f = VoteFixture.create(jdbc, members);
        long type = f.type("Q", "MEMBERS", "50", true, "0", null, 3);
        mvc.perform(post("/votes/term/" + f.termId + "/prepare")
                        .with(Users.as(jdbc, f.head()))
                        .with(csrf())
                        .param("typeIds", String.valueOf(type))
                        .param("nextHead", "true")
                        .param("deputySeats", "2")
                        .param("opens", VoteFixture.inMinutes(-60).format(DisplayFormat.DATE_TIME))
                        .param("closes", VoteFixture.inMinutes(60).format(DisplayFormat.DATE_TIME)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/votes/term/" + f.termId + "/open")
                        .with(Users.as(jdbc, f.head()))
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(jdbc.queryForObject(
                                        "select version from vote where term_id = ?", Long.class, f.termId))))
                .andExpect(status().is3xxRedirection());
        return f;
    }

    private long statements(String user, String url) throws Exception {
        var as = Users.as(jdbc, user);
        mvc.perform(get(url).with(as)).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(url).with(as)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    private void castAll(VoteFixture f) throws Exception {
        for (int i = 0; i < f.officers.size(); i++) {
            mvc.perform(post("/votes/term/" + f.termId + "/ballot")
                            .with(Users.as(jdbc, f.officers.get(i)))
                            .with(csrf())
                            .param("password", VoteFixture.PASSWORD))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void theVoteAndBallotPagesCostTheSameForAnyClusterSize() throws Exception {
        VoteFixture small = openVote(3);
        VoteFixture big = openVote(9);
        String smallBallot = "/votes/term/" + small.termId + "/ballot";
        String bigBallot = "/votes/term/" + big.termId + "/ballot";
        assertThat(statements(big.officers.get(1), bigBallot))
                .isEqualTo(statements(small.officers.get(1), smallBallot));
        assertThat(statements(big.head(), "/votes/term/" + big.termId))
                .isEqualTo(statements(small.head(), "/votes/term/" + small.termId));

        castAll(small);
        castAll(big);
        for (VoteFixture f : new VoteFixture[] {small, big}) {
            mvc.perform(post("/votes/term/" + f.termId + "/close")
                            .with(Users.as(jdbc, f.head()))
                            .with(csrf())
                            .param(
                                    "version",
                                    String.valueOf(jdbc.queryForObject(
                                            "select version from vote where term_id = ?", Long.class, f.termId))))
                    .andExpect(status().is3xxRedirection());
        }
        long closedSmall = statements(small.officers.get(2), "/votes/term/" + small.termId);
        assertThat(statements(big.officers.get(2), "/votes/term/" + big.termId)).isEqualTo(closedSmall);
        assertThat(closedSmall).isLessThan(30);
    }
}
