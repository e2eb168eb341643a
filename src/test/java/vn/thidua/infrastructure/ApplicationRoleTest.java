package vn.thidua.infrastructure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.callback.Statement;
import org.flywaydb.core.api.configuration.ClassicConfiguration;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.output.OperationResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import vn.thidua.support.IntegrationTest;

/** The application refuses to start on a database account that could switch the append-only triggers off. */
class ApplicationRoleTest extends IntegrationTest {

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Test
    void aSuperuserAsTheApplicationsOnlyAccountIsRefused() throws Exception {
        // The embedded server's owner is a superuser: as the single account, it is refused.
        inRolledBackTransaction(connection -> assertThatThrownBy(
                        () -> afterMigrate(external("postgres", null), connection))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("superuser"));
    }

    @Test
    void anApplicationAccountThatIsSuperuserOrOwnsTablesIsRefused() throws Exception {
        inRolledBackTransaction(connection -> {
            connection.createStatement().execute("create role t_app_super login superuser");
            assertThatThrownBy(() -> afterMigrate(external("t_app_super", "postgres"), connection))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("superuser");
        });
        inRolledBackTransaction(connection -> {
            connection.createStatement().execute("create role t_app_owner login");
            connection.createStatement().execute("create table t_owned_by_app (id int)");
            connection.createStatement().execute("alter table t_owned_by_app owner to t_app_owner");
            assertThatThrownBy(() -> afterMigrate(external("t_app_owner", "postgres"), connection))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("t_owned_by_app");
        });
        inRolledBackTransaction(connection -> {
            connection.createStatement().execute("create role t_app_plain login");
            assertThatCode(() -> afterMigrate(external("t_app_plain", "postgres"), connection))
                    .doesNotThrowAnyException();
        });
    }

    private static DatabaseSettings external(String user, String owner) {
        return new DatabaseSettings(
                "jdbc:postgresql://localhost/postgres",
                user,
                null,
                "",
                null,
                null,
                10,
                new DatabaseSettings.Embedded("", 0),
                null,
                owner,
                null);
    }

    private static void afterMigrate(DatabaseSettings settings, Connection connection) {
        new ApplicationRole(settings).handle(Event.AFTER_MIGRATE, context(connection));
    }

    private interface ConnectionWork {
        void run(Connection connection) throws Exception;
    }

    private void inRolledBackTransaction(ConnectionWork work) throws Exception {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static Context context(Connection connection) {
        ClassicConfiguration configuration = new ClassicConfiguration();
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return configuration;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }

            @Override
            public MigrationInfo getMigrationInfo() {
                return null;
            }

            @Override
            public Statement getStatement() {
                return null;
            }

            @Override
            public OperationResult getOperationResult() {
                return null;
            }
        };
    }
}
