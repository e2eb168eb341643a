package vn.thidua.award.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The demo's award history: Cluster 2's flags and certificates of merit of 2017-2019 as imported, illustrative
 * decisions, read by the history page and by the prerequisites; the script run again inserts nothing.
 */
class AwardHistoryDemoDataTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AwardHistoryService history;

    private List<String> awards() {
        return jdbc.queryForList("""
                select g.year || ':' || t.code || ':' || u.code || ':' || g.register_number
                from award_granted g join award_decision d on d.id = g.decision_id
                join award_type t on t.id = g.award_type_id join unit u on u.id = g.unit_id
                join organizer o on o.id = g.organizer_id
                where o.code = 'AG' and d.source = 'IMPORTED' and d.illustrative and d.year between 2017 and 2019
                  and d.number in ('112/QĐ-UBND', '135/QĐ-UBND', '098/QĐ-UBND')
                order by g.year, g.register_number""", String.class);
    }

    @Test
    void cluster2HasThreeYearsOfImportedIllustrativeAwards() throws Exception {
        assertThat(awards())
                .containsExactly(
                        "2017:CO_TINH:CT:2018/00001",
                        "2017:BK_CHU_TICH:AP:2018/00002",
                        "2017:BK_CHU_TICH:PT:2018/00003",
                        "2018:CO_TINH:AP:2019/00001",
                        "2018:BK_CHU_TICH:CT:2019/00002",
                        "2018:BK_CHU_TICH:CP:2019/00003",
                        "2019:CO_TINH:CM:2020/00001",
                        "2019:BK_CHU_TICH:CT:2020/00002",
                        "2019:BK_CHU_TICH:TT:2020/00003");
        assertThat(jdbc.queryForList(
                        "select verification_code from award_granted g join award_decision d on d.id = g.decision_id "
                                + "where d.number in ('112/QĐ-UBND', '135/QĐ-UBND', '098/QĐ-UBND')",
                        String.class))
                .hasSize(9)
                .allSatisfy(code -> assertThat(code).hasSize(24).matches("[A-Za-z0-9_-]+"));
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/units/" + unitId("AG", "CT") + "/awards").with(Users.as(jdbc, "cumtruong2")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page).contains("Năm 2019", "Năm 2018", "Năm 2017", "135/QĐ-UBND", "số minh họa", "2019/00002");
    }

    @Test
    void chauThanhHoldsTheCertificateOfMeritFrom2018To2020() {
        long ct = unitId("AG", "CT");
        long merit = DecisionFixture.awardType(jdbc, "AG", "BK_CHU_TICH");
        List<Integer> years = history.standing(List.of(ct), 2017, 2020).stream()
                .filter(h -> h.awardTypeId() == merit && h.isCollective())
                .map(AwardHistoryService.Held::year)
                .sorted()
                .toList();
        // BK_THU_TUONG asks for BK_CHU_TICH two consecutive years before: 2018 and 2019 come from the imported history,
        // 2020 from the demo's decision on Cluster 2's proposal (47-decisions.sql).
        assertThat(years).containsExactly(2018, 2019, 2020);
        assertThat(jdbc.queryForObject("""
                        select p.years from award_prerequisite p join award_type t on t.id = p.award_type_id
                        join organizer o on o.id = t.organizer_id
                        where o.code = 'AG' and t.code = 'BK_THU_TUONG' and p.kind = 'CONSECUTIVE_YEARS'""", Integer.class)).isEqualTo(2);
    }

    @Test
    void runningTheScriptAgainInsertsNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            int decisions = jdbc.queryForObject("select count(*) from award_decision", Integer.class);
            int granted = jdbc.queryForObject("select count(*) from award_granted", Integer.class);
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/demo/45-award-history.sql"));
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            assertThat(jdbc.queryForObject("select count(*) from award_decision", Integer.class))
                    .isEqualTo(decisions);
            assertThat(jdbc.queryForObject("select count(*) from award_granted", Integer.class))
                    .isEqualTo(granted);
            tx.setRollbackOnly();
        });
    }
}
