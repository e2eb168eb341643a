package vn.thidua.award.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The proposal page issues as many SQL statements for a proposal of two items as for one of twelve. */
class ProposalQueryCountTest extends IntegrationTest {

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

    /** A proposal of {@code items} collectives (with their reports) and as many individuals, under rules of every kind. */
    private ProposalFixture proposal(int items) throws Exception {
        ProposalFixture f = ProposalFixture.create(jdbc, items);
        long flag = f.type("FLAG", "COLLECTIVE", null, null);
        long merit = f.type("CN", "INDIVIDUAL", null, "50");
        f.prerequisite(flag, "REGISTERED", null, null);
        f.prerequisite(flag, "RANKED_FIRST", null, null);
        f.prerequisite(merit, "OTHER_AWARD_THIS_YEAR", flag, null);
        f.prerequisite(merit, "CONSECUTIVE_YEARS", flag, 2);
        f.requiredDocument(flag, "ACHIEVEMENT_REPORT", "Báo cáo thành tích", true);
        f.requiredDocument(flag, "MINUTES", "Biên bản", false);
        f.as(f.headUser);
        proposals.start(f.termId);
        for (int i = 0; i < items; i++) {
            long unit = f.units.get(i);
            ProposalItem item =
                    proposals.addItem(f.termId, f.version(), new ItemCommand(flag, unit, null, "Thành tích " + i));
            proposals.attach(
                    f.termId,
                    f.version(),
                    ProposalDocumentKind.ACHIEVEMENT_REPORT,
                    item.getId(),
                    null,
                    "bao-cao.pdf",
                    ProposalServiceTest.pdf());
            proposals.addItem(
                    f.termId,
                    f.version(),
                    new ItemCommand(
                            merit,
                            unit,
                            new ProposalItem.Person("Người " + i, "Chức vụ", Gender.MALE, null),
                            "Cá nhân"));
        }
        f.closedVote(f.termId, flag, List.of(f.units.get(0)), List.of(f.units.get(1)));
        SecurityContextHolder.clearContext();
        return f;
    }

    private long statementsFor(String url, String user) throws Exception {
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(url).with(Users.as(jdbc, user))).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    @Test
    void theProposalPageCostsTheSameNumberOfStatementsForAnyNumberOfItems() throws Exception {
        ProposalFixture small = proposal(2);
        ProposalFixture large = proposal(12);
        long smallPage = statementsFor("/proposals/term/" + small.termId, small.headUser);
        long largePage = statementsFor("/proposals/term/" + large.termId, large.headUser);
        assertThat(largePage).isEqualTo(smallPage);
        assertThat(smallPage).isLessThan(25);
        assertThat(statementsFor("/proposals/term/" + large.termId, "admin"))
                .isEqualTo(statementsFor("/proposals/term/" + small.termId, "admin"));
    }
}
