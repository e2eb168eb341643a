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
 * The demo's proposal script: with An Giang's award types and Cluster 2's closed 2020 vote (from their own scripts)
 * it submits Cluster 2's 2020 proposal with its dossier and puts the year at its proposal step, which closing the year
 * keeps to reopen to; without them it inserts nothing. Run in a transaction that is rolled back.
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
    void cluster2SubmitsIts2020ProposalWithItsDossier() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            long term = cum2020();
            jdbc.update("update cluster_term set status = 'VOTE', reopens_to = null where id = ?", term);
            long organizer = idOf("select id from organizer where code = 'AG'");
            jdbc.update("""
                    insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, vote_share_percent, vote_share_strict)
                    values (?, 'CO_TINH', 'Cờ thi đua của UBND tỉnh', 'TITLE', 'PROVINCE', 'COLLECTIVE', 'MEMBERS', 50, true),
                           (?, 'BK_CHU_TICH', 'Bằng khen của Chủ tịch UBND tỉnh', 'COMMENDATION', 'PROVINCE', 'COLLECTIVE', 'MEMBERS', 50, true)
                    on conflict (organizer_id, code) do nothing""", organizer, organizer);
            jdbc.update("""
                    insert into vote (term_id, status, method, closed_at) values (?, 'CLOSED', 'PAPER', now())
                    on conflict (term_id) do update set status = 'CLOSED'""", term);

            script("46-proposals.sql");

            assertThat(jdbc.queryForObject("select status from award_proposal where term_id = ?", String.class, term))
                    .isEqualTo("SUBMITTED");
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
            assertThat(jdbc.queryForObject("select status from cluster_term where id = ?", String.class, term))
                    .isEqualTo("PROPOSAL");

            script("50-stages.sql");
            assertThat(jdbc.queryForMap("select status, reopens_to from cluster_term where id = ?", term))
                    .containsEntry("status", "CLOSED")
                    .containsEntry("reopens_to", "PROPOSAL");
            tx.setRollbackOnly();
        });
    }

    @Test
    void withoutAClosedVoteTheScriptInsertsNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            long term = cum2020();
            jdbc.update("update cluster_term set status = 'VOTE', reopens_to = null where id = ?", term);
            jdbc.update("update vote set status = 'OPEN' where term_id = ?", term);
            int proposals = jdbc.queryForObject("select count(*) from award_proposal", Integer.class);
            int items = jdbc.queryForObject("select count(*) from award_proposal_item", Integer.class);
            script("46-proposals.sql");
            assertThat(jdbc.queryForObject("select count(*) from award_proposal", Integer.class))
                    .isEqualTo(proposals);
            assertThat(jdbc.queryForObject("select count(*) from award_proposal_item", Integer.class))
                    .isEqualTo(items);
            tx.setRollbackOnly();
        });
    }
}
