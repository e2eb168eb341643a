package vn.thidua.award.proposal;

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
 * The demo's proposal: with An Giang's award types and Cluster 2's closed 2020 vote (from their own scripts) the demo
 * submits Cluster 2's 2020 proposal with its dossier (reviewed and decided since, by 47-decisions); the script run again
 * inserts nothing.
 */
class ProposalDemoDataTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    private void script(String name) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/demo/" + name));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private long cum2020() {
        return termId("AG", "CUM2", 2020);
    }

    @Test
    void cluster2SubmittedIts2020ProposalWithItsDossier() {
        long term = cum2020();
        assertThat(jdbc.queryForObject("select status from award_proposal where term_id = ?", String.class, term))
                .isEqualTo("REVIEWED");
        assertThat(jdbc.queryForList("""
                        select t.code || ':' || u.code from award_proposal_item i join award_proposal p on p.id = i.proposal_id
                        join award_type t on t.id = i.award_type_id join unit u on u.id = i.unit_id
                        where p.term_id = ? order by t.code""", String.class, term)).containsExactly("BK_CHU_TICH:CT", "CO_TINH:AP");
        assertThat(jdbc.queryForList("""
                        select d.kind from award_proposal_document d join award_proposal p on p.id = d.proposal_id
                        where p.term_id = ? order by d.kind""", String.class, term))
                .containsExactly("ACHIEVEMENT_REPORT", "ACHIEVEMENT_REPORT", "MINUTES");
        assertThat(jdbc.queryForList("""
                        select d.file_name from award_proposal_document d join award_proposal p on p.id = d.proposal_id
                        where p.term_id = ?""", String.class, term))
                .allSatisfy(name -> assertThat(name).contains("demo"));
        byte[] file = jdbc.queryForObject("""
                select d.content from award_proposal_document d join award_proposal p on p.id = d.proposal_id
                where p.term_id = ? and d.kind = 'MINUTES'""", byte[].class, term);
        assertThat(DossierFile.detect(file)).contains(DossierFile.Type.PDF);
        // The province reviewed the proposal and decided its awards (47-decisions.sql): the year stands decided.
        assertThat(jdbc.queryForObject("select status from cluster_term where id = ?", String.class, term))
                .isEqualTo("DECIDED");
    }

    @Test
    void runningTheScriptAgainInsertsNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            int proposals = jdbc.queryForObject("select count(*) from award_proposal", Integer.class);
            int items = jdbc.queryForObject("select count(*) from award_proposal_item", Integer.class);
            int documents = jdbc.queryForObject("select count(*) from award_proposal_document", Integer.class);
            script("46-proposals.sql");
            assertThat(jdbc.queryForObject("select count(*) from award_proposal", Integer.class))
                    .isEqualTo(proposals);
            assertThat(jdbc.queryForObject("select count(*) from award_proposal_item", Integer.class))
                    .isEqualTo(items);
            assertThat(jdbc.queryForObject("select count(*) from award_proposal_document", Integer.class))
                    .isEqualTo(documents);
            tx.setRollbackOnly();
        });
    }
}
