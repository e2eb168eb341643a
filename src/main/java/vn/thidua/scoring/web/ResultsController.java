package vn.thidua.scoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.common.TextInput;
import vn.thidua.pledge.PledgeNumbers;
import vn.thidua.scoring.AnnualResultService;
import vn.thidua.scoring.ResultEntry;
import vn.thidua.scoring.ResultRules;
import vn.thidua.scoring.UnitResultsView;

/** A unit's annual results against its pledge's targets, and the cluster-year's results in one table. */
@Controller
@RequestMapping("/scoring")
class ResultsController {

    static final String UNIT = "scoring/results";
    static final String CLUSTER = "scoring/cluster-results";
    /** The annual result's note column holds 2,000 characters. */
    static final int NOTE_MAX = 2000;

    private final AnnualResultService results;

    ResultsController(AnnualResultService results) {
        this.results = results;
    }

    @GetMapping("/sheets/{id}/results")
    String unit(@PathVariable long id, Model model, Locale locale) {
        UnitResultsView view = results.ofSheet(id);
        return show(view, ResultsForm.of(view, new ScoreFormat(locale)), Set.of(), model);
    }

    /**
     * Figures are read as pledge targets are typed, in the reader's language ({@link PledgeNumbers}): "612,48" and
     * "1.234,5" in Vietnamese, "612.48" and "1,234.5" in English. Anything refused brings the page back with what was typed and a message naming the target.
     */
    @PostMapping("/sheets/{id}/results")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") ResultsForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        UnitResultsView view = results.ofSheet(id);
        List<ResultEntry> entries = new ArrayList<>();
        Set<Long> invalid = new HashSet<>();
        for (UnitResultsView.Row row : view.rows()) {
            long targetId = row.target().targetId();
            String key = String.valueOf(targetId);
            if (!form.getValue().containsKey(key) && !form.getNote().containsKey(key)) {
                continue;
            }
            String text = form.getValue().get(key);
            String note = form.getNote().get(key);
            // Every row is checked, so that all problems show at once, each beside its field.
            if (!TextInput.check(binding, "note[" + key + "]", note, NOTE_MAX, true)) {
                invalid.add(targetId);
            }
            BigDecimal value;
            try {
                if (text != null && !TextInput.isPlain(text, false)) {
                    throw new NumberFormatException();
                }
                value = PledgeNumbers.parse(text, locale).orElse(null);
            } catch (NumberFormatException e) {
                Object[] arguments = {row.target().name(), shortened(text)};
                binding.reject("scoring.results.invalidNumber", arguments, null);
                binding.rejectValue("value[" + key + "]", "scoring.results.invalidNumber", arguments, null);
                invalid.add(targetId);
                continue;
            }
            entries.add(new ResultEntry(
                    targetId,
                    value,
                    form.getNote().get(key),
                    version(form.getVersion().get(key))));
        }
        if (binding.hasErrors()) {
            if (!binding.hasGlobalErrors()) {
                binding.reject("scoring.results.notSaved", new Object[] {invalid.size()}, null);
            }
        } else {
            try {
                results.save(id, entries);
                Flash.success(redirect, "scoring.results.saved");
                return "redirect:/scoring/sheets/" + id + "/results";
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            } catch (ResultRules.ResultRejected e) {
                binding.reject(e.getMessageKey(), e.getArguments(), null);
                invalid.add(e.targetId());
            } catch (DomainException e) {
                binding.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        return show(results.ofSheet(id), form, invalid, model);
    }

    @GetMapping("/rounds/{id}/results")
    String cluster(@PathVariable long id, Model model) {
        model.addAttribute("view", results.ofRound(id));
        return CLUSTER;
    }

    private static String show(UnitResultsView view, ResultsForm form, Set<Long> invalid, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("invalid", invalid);
        return UNIT;
    }

    private static String shortened(String text) {
        String plain = TextInput.strip(text).strip();
        return plain.length() > 30 ? plain.substring(0, 30) + "…" : plain;
    }

    private static Long version(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
