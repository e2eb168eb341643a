package vn.thidua.infrastructure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words why the application did not start when its embedded database is already in use. */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage() + ": another copy of the application is probably still running on it.",
                "Stop the other copy of the application first, or give this one its own data directory with "
                        + "THIDUA_DATA_DIR.",
                cause);
    }
}
