package vn.thidua.scoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.DomainException;
import vn.thidua.common.TextInput;
import vn.thidua.scoring.CriterionKind;
import vn.thidua.scoring.CriterionNode;
import vn.thidua.scoring.ScoreLine;
import vn.thidua.scoring.ScoreSheet;
import vn.thidua.scoring.SheetView;

/**
 * Checks what a sheet page posts before anything is saved, criterion by criterion, so that every problem is shown at
 * once beside its field and the typed values come back as they were. The criteria's own rules decide (the same rules
 * the sheet applies when it saves); this only runs them on every line instead of stopping at the first.
 */
final class SheetChecks {

    /** Lengths of the score line's columns. */
    static final int NOTE_MAX = 4000;

    static final int REASON_MAX = 2000;
    static final int EXPLANATION_MAX = 4000;
    /** Figures are kept as numeric(14, 2). */
    static final BigDecimal FIGURE_LIMIT = new BigDecimal("1000000000000");

    private static final java.util.Set<String> SUMMED_UP =
            java.util.Set.of("scoring.line.missing", "scoring.line.evidenceMissing");

    private SheetChecks() {}

    /**
     * The unit's entries for a draft (or a submission), or {@code null} when a line is refused; each refusal is put
     * beside its field. A submission also needs every criterion scored and the evidence asked for.
     */
    static Map<String, ScoreSheet.SelfEntry> entries(
            SheetView view, SheetForm form, BindingResult errors, boolean submitting, Locale locale) {
        Map<String, ScoreSheet.SelfEntry> entries = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> noEvidence = new ArrayList<>();
        int before = errors.getErrorCount();
        for (CriterionNode node : view.tree().criteria()) {
            String id = String.valueOf(node.getId());
            boolean posted = form.getValue().containsKey(id) || form.getNote().containsKey(id);
            BigDecimal value = figure(errors, "value", id, node, form.getValue().get(id), locale);
            // A figure's target is never posted: it comes from the pledge or the round.
            BigDecimal target = view.targetOf(node);
            String note = form.getNote().get(id);
            boolean noteOk = TextInput.check(errors, "note[" + id + "]", note, NOTE_MAX, true);
            // Without a target a figure is kept but not scored; the submission then says which target is missing.
            boolean scorable = target != null || node.getKind() != CriterionKind.FIGURE_AGAINST_TARGET;
            if (posted && value != null && scorable && !errors.hasFieldErrors("value[" + id + "]")) {
                try {
                    node.rule().score(value, target, null);
                } catch (DomainException refusal) {
                    errors.rejectValue("value[" + id + "]", refusal.getMessageKey(), refusal.getArguments(), null);
                }
            }
            if (posted) {
                entries.put(node.getCode(), new ScoreSheet.SelfEntry(value, note));
            }
            if (submitting) {
                ScoreLine line = view.line(node);
                boolean filled = posted ? value != null : line != null && line.isFilled();
                String keptNote = posted ? note : line == null ? null : line.getSelfNote();
                if (!filled && !errors.hasFieldErrors("value[" + id + "]")) {
                    errors.rejectValue(
                            "value[" + id + "]", "scoring.line.missing", new Object[] {node.getCode()}, null);
                    missing.add(node.getCode());
                }
                if (node.isEvidenceRequired()
                        && noteOk
                        && (keptNote == null || keptNote.isBlank())
                        && view.evidenceOf(node).isEmpty()) {
                    errors.rejectValue(
                            "note[" + id + "]", "scoring.line.evidenceMissing", new Object[] {node.getCode()}, null);
                    noEvidence.add(node.getCode());
                }
            }
        }
        if (!missing.isEmpty()) {
            errors.reject("scoring.submit.missing", new Object[] {String.join(", ", missing)}, null);
        }
        if (!noEvidence.isEmpty()) {
            errors.reject("scoring.submit.evidenceMissing", new Object[] {String.join(", ", noEvidence)}, null);
        }
        return finish(errors, before) ? entries : null;
    }

    /**
     * The reviewer's decisions (a review, or the final decision after the explanation), or {@code null} when one is
     * refused: a score out of the criterion's bounds, a change without a reason, a reason too long.
     */
    static Map<String, ScoreSheet.Decision> decisions(
            SheetView view, SheetForm form, BindingResult errors, boolean finalising, Locale locale) {
        Map<String, ScoreSheet.Decision> decisions = new LinkedHashMap<>();
        int before = errors.getErrorCount();
        for (CriterionNode node : view.tree().criteria()) {
            String id = String.valueOf(node.getId());
            BigDecimal score = figure(errors, "score", id, node, form.getScore().get(id), locale);
            String reason = form.getReason().get(id);
            boolean reasonOk = TextInput.check(errors, "reason[" + id + "]", reason, REASON_MAX, false);
            ScoreLine line = view.line(node);
            BigDecimal current = line == null ? null : finalising ? line.getReviewScore() : line.getSelfScore();
            boolean changed = score != null
                    && (current == null ? !finalising || score.signum() != 0 : score.compareTo(current) != 0);
            if (changed && !errors.hasFieldErrors("score[" + id + "]")) {
                try {
                    node.rule().checkScore(score);
                } catch (DomainException refusal) {
                    errors.rejectValue("score[" + id + "]", refusal.getMessageKey(), refusal.getArguments(), null);
                }
                if (reasonOk && (reason == null || reason.isBlank())) {
                    errors.rejectValue(
                            "reason[" + id + "]", "scoring.review.reasonRequired", new Object[] {node.getCode()}, null);
                }
            }
            decisions.put(node.key(), new ScoreSheet.Decision(score, reason));
        }
        return finish(errors, before) ? decisions : null;
    }

    /** The unit's explanations by criterion code, or {@code null} when one is refused. */
    static Map<String, String> explanations(SheetView view, SheetForm form, BindingResult errors) {
        Map<String, String> explanations = new LinkedHashMap<>();
        int before = errors.getErrorCount();
        for (CriterionNode node : view.tree().criteria()) {
            String id = String.valueOf(node.getId());
            String text = form.getExplanation().get(id);
            if (TextInput.check(errors, "explanation[" + id + "]", text, EXPLANATION_MAX, true)
                    && text != null
                    && !text.isBlank()) {
                explanations.put(node.getCode(), text);
            }
        }
        return finish(errors, before) ? explanations : null;
    }

    /** Reads a typed number into a field's error when it is not one, or too large for what the sheet keeps. */
    private static BigDecimal figure(
            BindingResult errors, String map, String id, CriterionNode node, String text, Locale locale) {
        try {
            return figure(node, text, locale);
        } catch (DomainException refusal) {
            errors.rejectValue(map + "[" + id + "]", refusal.getMessageKey(), refusal.getArguments(), null);
            return null;
        }
    }

    /** Reads a typed figure of a criterion, or refuses it: control characters, not a number, or too large to keep. */
    static BigDecimal figure(CriterionNode node, String text, Locale locale) {
        if (text != null && !TextInput.isPlain(text, false)) {
            throw new DomainException(TextInput.CONTROL_CHARACTERS);
        }
        BigDecimal value;
        try {
            value = DisplayFormat.parseNumber(text, locale);
        } catch (NumberFormatException e) {
            throw new DomainException("scoring.value.invalidNumber", node.getCode(), shortened(text));
        }
        if (value != null && value.abs().compareTo(FIGURE_LIMIT) >= 0) {
            throw new DomainException(TextInput.NUMBER_TOO_LARGE, "1.000.000.000.000");
        }
        return value;
    }

    private static String shortened(String text) {
        String plain = text.strip();
        return plain.length() > 30 ? plain.substring(0, 30) + "…" : plain;
    }

    /**
     * Whether the checks added no error; otherwise the top of the form says the sheet was not saved and sums up every
     * problem (each is also beside its field), so that none is missed on a long sheet.
     */
    private static boolean finish(BindingResult errors, int before) {
        int found = errors.getErrorCount() - before;
        if (found == 0) {
            return true;
        }
        List<FieldError> problems = List.copyOf(errors.getFieldErrors());
        errors.reject("scoring.sheet.notSaved", new Object[] {problems.size()}, null);
        for (FieldError problem : problems) {
            // Missing scores and evidence are already summed up by criterion code.
            if (!SUMMED_UP.contains(problem.getCode())) {
                errors.reject(problem.getCode(), problem.getArguments(), problem.getDefaultMessage());
            }
        }
        return false;
    }
}
