package vn.thidua.scoring;

import java.util.List;

/** An import whose rows do not all pass: nothing is saved, and every failing row is named. */
public class ImportRejected extends ScoringException {

    /** One row's problem, as a message key with its arguments. */
    public record RowError(int row, String key, Object[] args) {}

    private final transient List<RowError> errors;

    public ImportRejected(List<RowError> errors) {
        super("scoring.table.import.errors");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
