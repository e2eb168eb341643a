package vn.thidua.award.history;

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
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** A unit's history page costs as many statements for ten years of awards and two predecessors as for one award. */
class AwardHistoryQueryCountTest extends IntegrationTest {

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

    private long statementsFor(String url, String user) throws Exception {
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    /** A unit with two predecessors, and awards in {@code years} years (three a year, one of them revoked). */
    private long unitWithHistory(HistoryFixture f, int years) {
        long unit = f.unit("Đông " + years);
        long first = f.unit("Tây " + years);
        long second = f.unit("Nam " + years);
        f.merge(first, unit);
        f.merge(second, first);
        long flag = f.type("CO_TINH");
        long merit = f.type("BK_CHU_TICH");
        for (int i = 0; i < years; i++) {
            DecisionFixture d = f.decision(2000 + i);
            long revoked = d.grant(flag, unit, "Dẫn đầu");
            d.grant(merit, first, "Bằng khen");
            d.grant(merit, second, "Người " + i, "Chức vụ", "Cá nhân");
            if (i % 2 == 0) {
                DecisionFixture.revoke(jdbc, revoked, "Thu hồi");
            }
        }
        return unit;
    }

    @Test
    void theHistoryPageCostsTheSameNumberOfStatementsForAnyNumberOfAwards() throws Exception {
        HistoryFixture f = HistoryFixture.create(jdbc);
        long small = unitWithHistory(f, 1);
        long large = unitWithHistory(f, 10);
        for (String user : new String[] {"admin", "thamdinh"}) {
            long smallPage = statementsFor("/units/" + small + "/awards", user);
            long largePage = statementsFor("/units/" + large + "/awards", user);
            assertThat(largePage).isEqualTo(smallPage);
            assertThat(smallPage).isLessThan(15);
        }
    }
}
