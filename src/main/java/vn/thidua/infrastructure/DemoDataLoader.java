package vn.thidua.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with demonstration data taken from public reports. Each script under {@code db/demo/}
 * runs once, in name order; a later version of the application can add scripts and they run on the next start.
 * <p>
 * On a real server (not the embedded evaluation database) every demo account must replace the published demo
 * password at its first sign-in.
 */
@Component
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DatabaseSettings settings;
    private final List<DemoDataContributor> contributors;

    DemoDataLoader(
            DataSource dataSource,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            DatabaseSettings settings,
            List<DemoDataContributor> contributors) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.contributors = contributors;
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
        SortedMap<String, Runnable> steps = new TreeMap<>();
        for (Resource script : scripts) {
            steps.put(
                    script.getFilename(),
                    () -> new ResourceDatabasePopulator(false, false, "UTF-8", script)
                            .populate(DataSourceUtils.getConnection(dataSource)));
        }
        for (DemoDataContributor contributor : contributors) {
            steps.put(contributor.name(), contributor::load);
        }
        steps.forEach((name, step) -> {
            Integer applied =
                    jdbc.queryForObject("select count(*) from demo_script where name = ?", Integer.class, name);
            if (applied != null && applied > 0) {
                return;
            }
            transactions.executeWithoutResult(status -> {
                Long lastUserBefore = jdbc.queryForObject("select coalesce(max(id), 0) from app_user", Long.class);
                step.run();
                if (settings.usesExternalServer()) {
                    jdbc.update("update app_user set password_change_required = true where id > ?", lastUserBefore);
                }
                jdbc.update("insert into demo_script(name) values (?)", name);
            });
            log.info("Loaded demo data {}", name);
        });
    }
}
