package vn.thidua.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL server that lives in a directory of the application's own, for evaluation and tests.
 * <p>
 * When the JVM dies hard (SIGKILL), the postgres process it started survives and keeps {@code postmaster.pid};
 * the next start stops that orphan before starting again on the same data.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on {@code dataDirectory}, creating the cluster when the directory is new. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphanedServer(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setLocaleConfig("locale", "C.UTF-8");
        if (port > 0) {
            builder.setPort(port);
        }
        return new EmbeddedPostgresServer(builder.start());
    }

    /** Starts a throw-away server whose data is removed when it stops. */
    public static EmbeddedPostgresServer startTemporary() throws IOException {
        return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C.UTF-8")
                .start());
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of).filter(EmbeddedPostgresServer::isPostgres);
        if (orphan.isEmpty()) {
            log.info("Removing stale {} left by an earlier run", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier run is still using {}; stopping it", process.pid(), dataDirectory);
        // SIGTERM asks postgres for a "smart" shutdown, which still writes a clean checkpoint.
        process.destroy();
        if (!waitForExit(process)) {
            process.destroyForcibly();
            waitForExit(process);
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean waitForExit(ProcessHandle process) {
        long deadline = System.nanoTime() + ORPHAN_STOP_WAIT.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }
}
