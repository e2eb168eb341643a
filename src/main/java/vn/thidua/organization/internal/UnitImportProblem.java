package vn.thidua.organization.internal;

import java.io.Serial;
import java.io.Serializable;

/** What is wrong with one row of an import, as a message key and its arguments. */
public record UnitImportProblem(String key, Object... args) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
