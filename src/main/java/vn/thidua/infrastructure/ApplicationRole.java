package vn.thidua.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the application's database account to reading and writing rows, around every migration run (as the owner):
 * <ul>
 *   <li>before: creates the application's role when it is missing and the owner may create roles (the embedded
 *       server, the Compose file's database);</li>
 *   <li>after: grants it SELECT, INSERT, UPDATE, DELETE on every table and USAGE, SELECT on every sequence of the
 *       schema, and the same by default on what later migrations create; then refuses to start when that account
 *       is a superuser or owns the tables (either could switch the append-only triggers off).</li>
 * </ul>
 * With a single account (no owner configured) there is nothing to grant: a superuser is refused, an owner is warned
 * about loudly.
 */
final class ApplicationRole implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRole.class);

    private final DatabaseSettings settings;

    ApplicationRole(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection connection = context.getConnection();
            if (!settings.hasSeparateOwner()) {
                if (event == Event.AFTER_MIGRATE) {
                    checkSingleAccount(connection);
                }
                return;
            }
            String role = settings.applicationUsername();
            if (event == Event.BEFORE_MIGRATE) {
                createIfMissing(connection, role);
            } else {
                grant(connection, role, context.getConfiguration().getTable());
                checkCannotDisableTriggers(connection, role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not set up the application's database account: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "applicationRole";
    }

    private void createIfMissing(Connection connection, String role) throws SQLException {
        if (queryBoolean(connection, "select exists (select 1 from pg_roles where rolname = ?)", role)) {
            return;
        }
        if (!queryBoolean(connection, "select rolsuper or rolcreaterole from pg_roles where rolname = current_user")) {
            throw new IllegalStateException("The database account " + role + " (THIDUA_DB_USER) does not exist and "
                    + "the owner account may not create it: create it as a login role without other rights.");
        }
        String password = settings.applicationPassword();
        String sql = password == null || password.isEmpty()
                ? queryString(
                        connection,
                        "select format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE', ?::text)",
                        role)
                : queryString(
                        connection,
                        "select format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', ?::text, ?::text)",
                        role,
                        password);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        log.info("Created the application's database account {}", role);
    }

    private static void grant(Connection connection, String role, String historyTable) throws SQLException {
        String schema = queryString(connection, "select current_schema()");
        String[] statements = {
            "GRANT USAGE ON SCHEMA %1$I TO %2$I",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1$I TO %2$I",
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1$I TO %2$I",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA %1$I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %2$I",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA %1$I GRANT USAGE, SELECT ON SEQUENCES TO %2$I",
            // The migrations' own record is read-only for the application.
            "REVOKE INSERT, UPDATE, DELETE ON TABLE %1$I.%3$I FROM %2$I",
        };
        for (String template : statements) {
            String sql = queryString(
                    connection, "select format(?, ?::text, ?::text, ?::text)", template, schema, role, historyTable);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    /** A superuser, or a member of a table's owner, can turn triggers off: refuse to start with such an account. */
    private static void checkCannotDisableTriggers(Connection connection, String role) throws SQLException {
        if (queryBoolean(connection, "select rolsuper from pg_roles where rolname = ?", role)) {
            throw new IllegalStateException("The application's database account " + role + " (THIDUA_DB_USER) is a "
                    + "superuser: it could switch off the triggers that keep the audit trail append-only. Give it a "
                    + "role without SUPERUSER (see README, Deployment).");
        }
        String owned = queryString(connection, """
                select string_agg(c.relname, ', ' order by c.relname) from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and pg_has_role(?::name, c.relowner, 'MEMBER')
                """, role);
        if (owned != null) {
            throw new IllegalStateException("The application's database account " + role + " (THIDUA_DB_USER) owns "
                    + "tables (" + owned + ") or is a member of their owner: it could alter them and switch their "
                    + "triggers off. Let THIDUA_DB_OWNER_USER own them (see README, Deployment).");
        }
    }

    private static void checkSingleAccount(Connection connection) throws SQLException {
        String user = queryString(connection, "select current_user::text");
        if (queryBoolean(connection, "select rolsuper from pg_roles where rolname = current_user")) {
            throw new IllegalStateException("The database account " + user + " (THIDUA_DB_USER) is a superuser: it "
                    + "could switch off the triggers that keep the audit trail append-only. Run the migrations as the "
                    + "owner (THIDUA_DB_OWNER_USER) and the application as an account without SUPERUSER (see README, "
                    + "Deployment).");
        }
        log.warn("""

                ************************************************************************
                 The application connects to the database as {}, which OWNS the tables:
                 it could switch off the triggers that keep the audit trail append-only.
                 Set THIDUA_DB_OWNER_USER / THIDUA_DB_OWNER_PASSWORD to the owner and
                 THIDUA_DB_USER / THIDUA_DB_PASSWORD to an account of its own (README).
                ************************************************************************""", user);
    }

    private static boolean queryBoolean(Connection connection, String sql, String... parameters) throws SQLException {
        String value = queryString(connection, sql, parameters);
        return "t".equals(value) || "true".equals(value);
    }

    private static String queryString(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
