package vn.thidua.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database survives a hard kill of the application: the next start stops the PostgreSQL server that
 * the killed JVM left behind and carries on with the same data. A child JVM plays the killed application.
 */
class EmbeddedPostgresRestartTest {

    private static final Duration CHILD_READY_WAIT = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void restartAfterTheJvmWasKilledStopsTheOrphanedServerAndKeepsTheData() throws Exception {
        Path data = work.resolve("postgres");
        Process child = startChild(data, "kept after kill -9");
        List<ProcessHandle> leftovers = new ArrayList<>();
        EmbeddedPostgresServer restarted = null;
        try {
            awaitReady(child);
            ProcessHandle postmaster =
                    livePostmaster(data).orElseThrow(() -> new AssertionError("no postmaster running for " + data));
            leftovers.add(postmaster);
            leftovers.addAll(postmaster.descendants().toList());

            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(postmaster.isAlive())
                    .as("the killed JVM's postgres is still running")
                    .isTrue();
            assertThat(livePostmaster(data)).contains(postmaster);

            restarted = EmbeddedPostgresServer.start(data, 0);

            assertThat(postmaster.isAlive())
                    .as("the orphaned postgres was stopped")
                    .isFalse();
            ProcessHandle newPostmaster = livePostmaster(data).orElseThrow();
            leftovers.add(newPostmaster);
            assertThat(newPostmaster.pid()).isNotEqualTo(postmaster.pid());
            assertThat(note(restarted)).isEqualTo("kept after kill -9");
            assertThat(setting(restarted, "fsync")).isEqualTo("on");
            assertThat(setting(restarted, "synchronous_commit"))
                    .as("a commit is on disk when it returns")
                    .isEqualTo("on");

            restarted.close();
            restarted = null;
            assertThat(newPostmaster.onExit().get(30, TimeUnit.SECONDS).isAlive())
                    .isFalse();
            assertThat(data.resolve("postmaster.pid")).doesNotExist();
        } finally {
            stopAll(child, restarted, leftovers, data);
        }
    }

    @Test
    void aDataDirectoryInUseByALiveApplicationIsNotTakenOver() throws Exception {
        Path data = work.resolve("postgres");
        Process child = startChild(data, "still in use");
        List<ProcessHandle> leftovers = new ArrayList<>();
        try {
            awaitReady(child);
            ProcessHandle postmaster = livePostmaster(data).orElseThrow();
            leftovers.add(postmaster);
            leftovers.addAll(postmaster.descendants().toList());

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0))
                    .isInstanceOf(EmbeddedDatabaseInUseException.class)
                    .hasMessageContaining("in use by another running process")
                    .satisfies(refused -> assertThat(new EmbeddedDatabaseInUseFailureAnalyzer()
                                    .analyze(refused)
                                    .getAction())
                            .contains("Stop the other copy"));

            assertThat(child.isAlive()).isTrue();
            assertThat(postmaster.isAlive())
                    .as("the live application's postgres was left alone")
                    .isTrue();
        } finally {
            stopAll(child, null, leftovers, data);
        }
    }

    @Test
    void aLeftoverPidFileWhosePidNowBelongsToAnotherProgramDoesNotBlockTheStart() throws Exception {
        Path data = work.resolve("postgres");
        EmbeddedPostgresServer.start(data, 0).close();
        // After a crash and a reboot the recorded pid may belong to any program.
        Process otherProgram = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(data.resolve("postmaster.pid"), otherProgram.pid() + "\n" + data + "\n");

            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
                assertThat(setting(server, "data_directory")).isEqualTo(data.toString());
            }
            assertThat(otherProgram.isAlive())
                    .as("the other program was left alone")
                    .isTrue();
        } finally {
            otherProgram.destroyForcibly();
        }
    }

    private Process startChild(Path data, String note) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .filter(path -> !path.isBlank())
                .orElse(System.getProperty("java.class.path"));
        return new ProcessBuilder(
                        java,
                        "-Xmx128m",
                        "-cp",
                        classpath,
                        EmbeddedPostgresChild.class.getName(),
                        data.toString(),
                        note)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile())
                .start();
    }

    private void awaitReady(Process child) throws Exception {
        File log = work.resolve("child.log").toFile();
        long deadline = System.nanoTime() + CHILD_READY_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (log.exists()
                    && Files.readString(log.toPath(), StandardCharsets.UTF_8).contains(EmbeddedPostgresChild.READY)) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the child JVM ended early:\n" + Files.readString(log.toPath()));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child JVM did not get ready:\n" + Files.readString(log.toPath()));
    }

    /** The live process whose pid postgres wrote in {@code postmaster.pid}, if any. */
    private static Optional<ProcessHandle> livePostmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty()
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
    }

    private static String note(EmbeddedPostgresServer server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from survivor where id = 1")) {
            assertThat(rows.next()).as("the row written before the kill").isTrue();
            return rows.getString(1);
        }
    }

    private static String setting(EmbeddedPostgresServer server, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Leaves no process behind, whatever happened in the test. */
    private static void stopAll(Process child, EmbeddedPostgresServer server, List<ProcessHandle> processes, Path data)
            throws Exception {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        if (server != null) {
            server.close();
        }
        livePostmaster(data).ifPresent(processes::add);
        for (ProcessHandle process : processes) {
            process.destroyForcibly();
        }
        for (ProcessHandle process : processes) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
    }
}
