package vn.thidua.infrastructure;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Error} that reaches the top of any thread (out of memory, a stack overflow, an internal error of the
 * virtual machine) stops the process at once, so that whatever supervises it (Docker's restart policy, systemd,
 * Kubernetes) starts a fresh one: a server whose connection poller or scheduler has died answers nothing while it
 * still looks alive. The JVM flag {@code -XX:+ExitOnOutOfMemoryError} covers memory exhausted anywhere, even where
 * the error is caught.
 */
public final class FatalErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FatalErrors.class);
    static final int EXIT_STATUS = 70;

    private final IntConsumer halt;

    FatalErrors(IntConsumer halt) {
        this.halt = halt;
    }

    /** Installs the handler for every thread of the process. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(
                new FatalErrors(status -> Runtime.getRuntime().halt(status)));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        if (error instanceof Error) {
            try {
                LOG.error("Stopping: {} in thread {}", error.getClass().getName(), thread.getName(), error);
            } finally {
                halt.accept(EXIT_STATUS);
            }
            return;
        }
        LOG.error("Uncaught exception in thread {}", thread.getName(), error);
    }
}
