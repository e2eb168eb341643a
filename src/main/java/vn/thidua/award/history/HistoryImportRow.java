package vn.thidua.award.history;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A row of an uploaded file of past awards, as read: its number in the spreadsheet and its cells' text. */
public record HistoryImportRow(int number, List<String> cells) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public HistoryImportRow {
        cells = List.copyOf(cells);
    }

    public String cell(HistoryImportColumn column) {
        int index = column.ordinal();
        return index < cells.size() ? cells.get(index) : "";
    }
}
