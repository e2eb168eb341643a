package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * Proves that the pledge pages issue a fixed number of SQL statements: the organiser's list costs as many for one
 * cluster-year as for many, and a pledge's page and its sign page as many for a small cluster as for a large one.
 */
class PledgeQueryCountTest extends IntegrationTest {

    @Autowired
    PledgeService pledges;

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

    /** A cluster of {@code members} member units with an open pledge that the first member has signed. */
    private Opened openPledge(int members) {
        PledgeFixture f = PledgeFixture.create(jdbc, members);
        f.signIn("head");
        Pledge pledge = pledges.createDraft(f.termId, DraftSource.TEMPLATE);
        pledges.open(pledge.getId(), pledge.getVersion(), LocalDate.now().plusDays(30));
        String hash = jdbc.queryForObject("select text_hash from pledge where id = ?", String.class, pledge.getId());
        f.signIn("m1");
        pledges.sign(pledge.getId(), hash, "thidua2026", "127.0.0.1");
        SecurityContextHolder.clearContext();
        return new Opened(f, pledge.getId());
    }

    private record Opened(PledgeFixture fixture, long pledgeId) {}

    /** {@code count} more clusters of the fixture's organiser in its year, each with the same members and a draft. */
    private void moreClusterYears(PledgeFixture f, int count) {
        for (int i = 1; i <= count; i++) {
            long cluster = jdbc.queryForObject(
                    "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                    Long.class,
                    f.organizerId,
                    "C" + i + f.prefix,
                    "Cụm thêm " + i + " " + f.prefix);
            long term = jdbc.queryForObject(
                    "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                    Long.class,
                    cluster);
            jdbc.update("insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD')", term, f.headUnit);
            for (Long unit : f.memberUnits) {
                jdbc.update("insert into cluster_member (term_id, unit_id, role) values (?, ?, 'MEMBER')", term, unit);
            }
            f.signIn("admin");
            pledges.createDraft(term, DraftSource.TEMPLATE);
            SecurityContextHolder.clearContext();
        }
    }

    private long statementsFor(String url, String user) throws Exception {
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        long count = statistics.getPrepareStatementCount();
        org.slf4j.LoggerFactory.getLogger(PledgeQueryCountTest.class)
                .info("{} as {}: {} SQL statements", url, user, count);
        return count;
    }

    @Test
    void theListCostsTheSameForOneClusterYearAsForMany() throws Exception {
        Opened one = openPledge(2);
        Opened many = openPledge(6);
        moreClusterYears(many.fixture(), 8);
        long forOne = statementsFor("/pledges", one.fixture().username("admin"));
        long forMany = statementsFor("/pledges", many.fixture().username("admin"));
        assertThat(forMany).isEqualTo(forOne);
        assertThat(forOne).isLessThanOrEqualTo(6);
        long memberOfOne = statementsFor("/pledges", one.fixture().member(2));
        long memberOfMany = statementsFor("/pledges", many.fixture().member(2));
        assertThat(memberOfMany).isEqualTo(memberOfOne);
        assertThat(memberOfOne).isLessThanOrEqualTo(9);
    }

    @Test
    void aPledgesPageAndItsSignPageCostTheSameForAnyNumberOfMembers() throws Exception {
        Opened small = openPledge(2);
        Opened large = openPledge(12);
        long smallPage =
                statementsFor("/pledges/" + small.pledgeId(), small.fixture().username("head"));
        long largePage =
                statementsFor("/pledges/" + large.pledgeId(), large.fixture().username("head"));
        assertThat(largePage).isEqualTo(smallPage);
        assertThat(smallPage).isLessThanOrEqualTo(15);
        long smallSign = statementsFor(
                "/pledges/" + small.pledgeId() + "/sign", small.fixture().member(2));
        long largeSign = statementsFor(
                "/pledges/" + large.pledgeId() + "/sign", large.fixture().member(2));
        assertThat(largeSign).isEqualTo(smallSign);
        assertThat(smallSign).isLessThanOrEqualTo(16);
    }
}
