package vn.thidua.scoring.web;

import java.util.HashMap;
import java.util.Map;
import vn.thidua.scoring.UnitResultsView;

/**
 * What the annual results page posts, keyed by pledge target id: the achieved figures, the notes and the versions of
 * the stored results the page was loaded with. Kept as typed, so that a refused form comes back with the input.
 */
public class ResultsForm {

    private Map<String, String> value = new HashMap<>();
    private Map<String, String> note = new HashMap<>();
    private Map<String, String> version = new HashMap<>();

    static ResultsForm of(UnitResultsView view, ScoreFormat format) {
        ResultsForm form = new ResultsForm();
        for (UnitResultsView.Row row : view.rows()) {
            String id = String.valueOf(row.target().targetId());
            form.value.put(id, format.input(row.value()));
            form.note.put(id, row.note() == null ? "" : row.note());
            form.version.put(id, row.version() == null ? "" : String.valueOf(row.version()));
        }
        return form;
    }

    public Map<String, String> getValue() {
        return value;
    }

    public void setValue(Map<String, String> value) {
        this.value = value;
    }

    public Map<String, String> getNote() {
        return note;
    }

    public void setNote(Map<String, String> note) {
        this.note = note;
    }

    public Map<String, String> getVersion() {
        return version;
    }

    public void setVersion(Map<String, String> version) {
        this.version = version;
    }
}
