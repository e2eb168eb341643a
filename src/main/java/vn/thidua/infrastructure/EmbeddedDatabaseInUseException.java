package vn.thidua.infrastructure;

import java.nio.file.Path;

/** The embedded database's directory is still used by a running process, which must not be disturbed. */
public final class EmbeddedDatabaseInUseException extends IllegalStateException {

    private final transient Path dataDirectory;

    EmbeddedDatabaseInUseException(Path dataDirectory) {
        super("The embedded database in " + dataDirectory + " is in use by another running process");
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
