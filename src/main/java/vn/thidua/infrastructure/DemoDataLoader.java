package vn.thidua.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Fills the database with demonstration data taken from public reports. Each script under {@code db/demo/}
 * runs once, in name order; a later version of the application can add scripts and they run on the next start.
 */
@Component
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DatabaseSettings settings;

    DemoDataLoader(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
    }

    public boolean isEnabled() {
        return settings.loadsDemoData();
    }

    public void loadPendingScripts() {
        if (!isEnabled()) {
            return;
        }
        Resource[] scripts;
        try {
            scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/demo/*.sql");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
        for (Resource script : scripts) {
            String name = script.getFilename();
            Integer applied = jdbc.queryForObject("select count(*) from demo_script where name = ?", Integer.class, name);
            if (applied != null && applied > 0) {
                continue;
            }
            transactions.executeWithoutResult(status -> {
                new ResourceDatabasePopulator(false, false, "UTF-8", script).populate(org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource));
                jdbc.update("insert into demo_script(name) values (?)", name);
            });
            log.info("Loaded demo data {}", name);
        }
    }
}
