package vn.thidua.support;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one application context every integration test shares: the whole application on a real PostgreSQL with
 * the demo data, served on a random port (for browser tests) and through MockMvc.
 * Tests that change data use codes and names of their own so that they do not disturb each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestDatabaseConfiguration.class, FailingController.class})
public abstract class IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    /** The application's own connection: it reads and writes rows, nothing more. */
    @Autowired
    protected JdbcTemplate jdbc;

    /** The tables' owner, which the migrations run as. */
    @Autowired
    @FlywayDataSource
    private DataSource ownerDataSource;

    /**
     * Runs {@code work} in one transaction as the tables' owner, for what only someone with the owner's account
     * could do to the data (the application's own account cannot).
     */
    protected void asDatabaseOwner(Consumer<JdbcTemplate> work) {
        new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource))
                .executeWithoutResult(status -> work.accept(new JdbcTemplate(ownerDataSource)));
    }

    protected long idOf(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        if (id == null) {
            throw new IllegalStateException("no row for " + sql);
        }
        return id;
    }

    protected long unitId(String organizerCode, String unitCode) {
        return idOf(
                "select u.id from unit u join organizer o on o.id = u.organizer_id where o.code = ? and u.code = ?",
                organizerCode,
                unitCode);
    }

    protected long termId(String organizerCode, String clusterCode, int year) {
        return idOf("""
                select t.id from cluster_term t join cluster c on c.id = t.cluster_id join organizer o on o.id = c.organizer_id
                where o.code = ? and c.code = ? and t.year = ?""", organizerCode, clusterCode, year);
    }
}
