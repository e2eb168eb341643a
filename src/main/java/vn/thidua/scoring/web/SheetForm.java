package vn.thidua.scoring.web;

import java.util.HashMap;
import java.util.Map;
import vn.thidua.scoring.LinkedResult;
import vn.thidua.scoring.ScoreLine;
import vn.thidua.scoring.ScoreSheet;
import vn.thidua.scoring.SheetView;

/**
 * What a sheet page posts, keyed by criterion id: the unit's values and notes (never a figure's target); the reviewer's scores and
 * reasons; the unit's explanations. Kept as typed, so that a refused form comes back with the user's input.
 */
public class SheetForm {

    private long version;
    private Map<String, String> value = new HashMap<>();
    private Map<String, String> note = new HashMap<>();
    private Map<String, String> score = new HashMap<>();
    private Map<String, String> reason = new HashMap<>();
    private Map<String, String> explanation = new HashMap<>();

    /**
     * The sheet as stored; on a draft the unit may fill, an empty figure line whose criterion measures a pledge
     * target comes filled with the unit's annual result for it (saved with the draft). Its target is the pledge's.
     */
    static SheetForm of(SheetView view, ScoreFormat format) {
        SheetForm form = of(view.sheet(), format);
        if (view.canFill()) {
            for (ScoreLine line : view.sheet().getLines()) {
                LinkedResult result = view.linkedResult(line.getNode());
                if (result != null && line.getSelfValue() == null) {
                    form.value.put(String.valueOf(line.getNode().getId()), format.input(result.value()));
                }
            }
        }
        return form;
    }

    static SheetForm of(ScoreSheet sheet, ScoreFormat format) {
        SheetForm form = new SheetForm();
        form.version = sheet.getVersion();
        for (ScoreLine line : sheet.getLines()) {
            String id = String.valueOf(line.getNode().getId());
            form.value.put(id, format.input(line.getSelfValue()));
            form.note.put(id, line.getSelfNote() == null ? "" : line.getSelfNote());
            form.explanation.put(id, line.getUnitExplanation() == null ? "" : line.getUnitExplanation());
        }
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    public Map<String, String> getScore() {
        return score;
    }

    public void setScore(Map<String, String> score) {
        this.score = score;
    }

    public Map<String, String> getReason() {
        return reason;
    }

    public void setReason(Map<String, String> reason) {
        this.reason = reason;
    }

    public Map<String, String> getExplanation() {
        return explanation;
    }

    public void setExplanation(Map<String, String> explanation) {
        this.explanation = explanation;
    }
}
