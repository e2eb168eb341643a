package vn.thidua.award.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.support.IntegrationTest;

/**
 * The demo's decision: An Giang reviewed Cluster 2's 2020 proposal (both items accepted) and decided it with an
 * illustrative decision, the flag to An Phú and the certificate to Châu Thành, with fixed verification codes; the
 * year stands decided after every script; the script run again inserts nothing.
 */
class DecisionDemoDataTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void cluster2s2020ProposalIsReviewedAndDecided() {
        long term = termId("AG", "CUM2", 2020);
        assertThat(jdbc.queryForObject("select status from award_proposal where term_id = ?", String.class, term))
                .isEqualTo("REVIEWED");
        assertThat(jdbc.queryForList("""
                        select i.review_outcome || ':' || i.reviewed_by from award_proposal_item i
                        join award_proposal p on p.id = i.proposal_id where p.term_id = ?""", String.class, term))
                .containsOnly("ACCEPTED:admin")
                .hasSize(2);
        assertThat(jdbc.queryForObject("""
                        select count(*) from award_proposal_item_review r join award_proposal_item i on i.id = r.item_id
                        join award_proposal p on p.id = i.proposal_id where p.term_id = ? and r.kind = 'ACCEPTED'""", Integer.class, term)).isEqualTo(2);
        assertThat(jdbc.queryForList("""
                        select h.to_status from award_proposal_status_change h join award_proposal p on p.id = h.proposal_id
                        where p.term_id = ? order by h.id""", String.class, term)).containsExactly("DRAFT", "SUBMITTED", "REVIEWED");

        assertThat(jdbc.queryForMap("""
                        select d.decided_on::text as decided_on, d.year, d.illustrative, d.signer_title, d.source
                        from award_decision d join organizer o on o.id = d.organizer_id
                        where o.code = 'AG' and d.number = '125/QĐ-UBND'"""))
                .containsEntry("decided_on", "2021-01-25")
                .containsEntry("year", 2020)
                .containsEntry("illustrative", true)
                .containsEntry("signer_title", "Chủ tịch")
                .containsEntry("source", "RECORDED");
        assertThat(jdbc.queryForList("""
                        select t.code || ':' || u.code || ':' || g.register_number || ':' || g.verification_code
                        from award_granted g join award_decision d on d.id = g.decision_id
                        join award_type t on t.id = g.award_type_id join unit u on u.id = g.unit_id
                        where d.number = '125/QĐ-UBND' and g.proposal_item_id is not null order by g.register_number""", String.class))
                .containsExactly(
                        "CO_TINH:AP:2021/00001:DEMO2021COTINHANPHU00001",
                        "BK_CHU_TICH:CT:2021/00002:DEMO2021BKCTCHAUTHANH002");
        assertThat(jdbc.queryForObject("select status from cluster_term where id = ?", String.class, term))
                .isEqualTo("DECIDED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'ClusterTerm' and entity_id = ? and action = 'TERM_STATUS_ADVANCED' and new_value ->> 'status' = 'DECIDED'",
                        Integer.class,
                        term))
                .isEqualTo(1);
    }

    @Test
    void runningTheScriptAgainInsertsNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            int decisions = jdbc.queryForObject("select count(*) from award_decision", Integer.class);
            int awards = jdbc.queryForObject("select count(*) from award_granted", Integer.class);
            int reviews = jdbc.queryForObject("select count(*) from award_proposal_item_review", Integer.class);
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/demo/47-decisions.sql"));
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            assertThat(jdbc.queryForObject("select count(*) from award_decision", Integer.class))
                    .isEqualTo(decisions);
            assertThat(jdbc.queryForObject("select count(*) from award_granted", Integer.class))
                    .isEqualTo(awards);
            assertThat(jdbc.queryForObject("select count(*) from award_proposal_item_review", Integer.class))
                    .isEqualTo(reviews);
            tx.setRollbackOnly();
        });
    }
}
