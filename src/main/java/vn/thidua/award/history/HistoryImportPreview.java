package vn.thidua.award.history;

import java.util.List;

/**
 * What an upload of past awards would write: every row with its problems (each naming its column), and the decisions
 * the rows make. Nothing is written unless every row is valid.
 */
public record HistoryImportPreview(String fileName, List<Line> lines, int decisionCount) {

    /** A problem of a row: the column it is in, and a message key of the history bundle with its arguments. */
    public record Problem(HistoryImportColumn column, String key, List<String> args) {

        public Object[] arguments() {
            return args.toArray();
        }

        public String columnKey() {
            return column.messageKey();
        }
    }

    /** A row and its problems; {@code awardTypeName} and {@code unitName} when they were found. */
    public record Line(HistoryImportRow row, String awardTypeName, String unitName, List<Problem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }

        public String cell(HistoryImportColumn column) {
            return row.cell(column);
        }
    }

    public boolean isValid() {
        return !lines.isEmpty() && lines.stream().allMatch(Line::isValid);
    }

    public long invalidCount() {
        return lines.stream().filter(l -> !l.isValid()).count();
    }

    public long problemCount() {
        return lines.stream().mapToLong(l -> l.problems().size()).sum();
    }
}
