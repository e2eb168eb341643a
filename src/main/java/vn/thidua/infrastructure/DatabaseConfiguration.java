package vn.thidua.infrastructure;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.util.StringUtils;

/**
 * Chooses the database: the server named by {@code THIDUA_DB_URL} (or {@code SPRING_DATASOURCE_URL}) when one is
 * given, otherwise an embedded PostgreSQL whose data lives under {@code ./data/}.
 * <p>
 * Two connections: the application's own ({@link #dataSource}), as an account that only reads and writes rows, and
 * the owner's ({@link #migrationDataSource}), used by Flyway alone (see {@link ApplicationRole}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
        if (settings.usesExternalServer()) {
            return EmbeddedDatabase.none();
        }
        try {
            Path dataDirectory = StringUtils.hasText(settings.embedded().dataDir())
                    ? Path.of(settings.embedded().dataDir()).toAbsolutePath().normalize()
                    : null;
            EmbeddedPostgresServer server = dataDirectory != null
                    ? EmbeddedPostgresServer.start(
                            dataDirectory, settings.embedded().port())
                    : EmbeddedPostgresServer.startTemporary();
            log.warn("""

                    ************************************************************************
                     Thi Đua is running on its EMBEDDED PostgreSQL, meant for evaluation only.
                     Data directory: {}
                     For real use, point it at your PostgreSQL server:
                       THIDUA_DB_URL=jdbc:postgresql://host:5432/thidua
                       THIDUA_DB_OWNER_USER=...   THIDUA_DB_OWNER_PASSWORD=...   (migrations)
                       THIDUA_DB_USER=...         THIDUA_DB_PASSWORD=...         (the application)
                    ************************************************************************""", dataDirectory != null ? dataDirectory : "(temporary)");
            return EmbeddedDatabase.of(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** What the application runs on: the application account, which cannot alter tables or switch triggers off. */
    @Bean
    @Primary
    DataSource dataSource(DatabaseSettings settings, EmbeddedDatabase embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("thidua");
        dataSource.setMaximumPoolSize(settings.poolSize());
        dataSource.setJdbcUrl(url(settings, embedded));
        dataSource.setUsername(settings.applicationUsername());
        dataSource.setPassword(settings.applicationPassword());
        return dataSource;
    }

    /** The owner's connection, for the migrations only; it holds no connection once they have run. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource migrationDataSource(DatabaseSettings settings, EmbeddedDatabase embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("thidua-migration");
        dataSource.setMaximumPoolSize(5);
        dataSource.setMinimumIdle(0);
        dataSource.setIdleTimeout(Duration.ofSeconds(10).toMillis());
        dataSource.setJdbcUrl(url(settings, embedded));
        dataSource.setUsername(settings.migrationUsername());
        dataSource.setPassword(settings.migrationPassword());
        return dataSource;
    }

    @Bean
    ApplicationRole applicationRole(DatabaseSettings settings) {
        return new ApplicationRole(settings);
    }

    private static String url(DatabaseSettings settings, EmbeddedDatabase embedded) {
        return embedded.isRunning() ? embedded.server().databaseUrl() : settings.resolvedUrl();
    }

    /** Holds the embedded server, if any, so that it stops with the application context. */
    static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgresServer server;

        private EmbeddedDatabase(EmbeddedPostgresServer server) {
            this.server = server;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        static EmbeddedDatabase of(EmbeddedPostgresServer server) {
            return new EmbeddedDatabase(server);
        }

        boolean isRunning() {
            return server != null;
        }

        EmbeddedPostgresServer server() {
            return server;
        }

        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
