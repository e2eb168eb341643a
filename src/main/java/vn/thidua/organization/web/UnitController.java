package vn.thidua.organization.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.BeanUtils;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.common.PageRequests;
import vn.thidua.common.SearchText;
import vn.thidua.organization.UnitLevel;
import vn.thidua.organization.internal.Unit;
import vn.thidua.organization.internal.UnitService;

/** The units of the organiser: staff read them, administrators create, edit, retire and merge them. */
@Controller
@RequestMapping("/admin/units")
class UnitController {

    static final String LIST = "organization/units/list";
    static final String DETAIL = "organization/units/detail";
    static final String FORM = "organization/units/form";
    static final String RETIRE = "organization/units/retire";
    static final String MERGE = "organization/units/merge";

    static final Set<String> SORTABLE = Set.of("code", "name", "shortName", "level", "retiredOn");
    static final Sort DEFAULT_SORT = Sort.by("name", "id");
    static final String ADMIN = "hasRole('PROVINCE_ADMIN')";

    private final UnitService units;
    private final UnitHistory history;

    UnitController(UnitService units, UnitHistory history) {
        this.units = units;
        this.history = history;
    }

    @InitBinder
    void forbidId(WebDataBinder binder) {
        binder.setDisallowedFields("id", "organizerId");
    }

    @ModelAttribute("levels")
    UnitLevel[] levels() {
        return UnitLevel.values();
    }

    @GetMapping
    String list(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "level", required = false) UnitLevel level,
            @RequestParam(name = "retired", defaultValue = "false") boolean includeRetired,
            Pageable pageable,
            Model model) {
        String q = SearchText.clean(query);
        Page<Unit> page = PageRequests.within(
                PageRequests.safe(pageable, SORTABLE, DEFAULT_SORT),
                request -> units.search(q, level, includeRetired, request));
        model.addAttribute("page", page);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("level", level);
        model.addAttribute("retired", includeRetired);
        model.addAttribute("filtered", (q != null && !q.isBlank()) || level != null || includeRetired);
        return LIST;
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("unit", units.details(id));
        model.addAttribute("predecessors", units.predecessors(id));
        model.addAttribute("history", history.of(id));
        return DETAIL;
    }

    @GetMapping("/new")
    @PreAuthorize(ADMIN)
    String newForm(Model model) {
        model.addAttribute("unitForm", new UnitForm());
        return showForm(null, model);
    }

    @PostMapping
    @PreAuthorize(ADMIN)
    String create(
            @Valid @ModelAttribute("unitForm") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(null, model);
        }
        try {
            Unit unit = units.create(form.toCommand());
            Flash.success(redirect, "unit.created", unit.getName());
            return "redirect:/admin/units/" + unit.getId();
        } catch (DomainException e) {
            reject(result, e);
            return showForm(null, model);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    @PreAuthorize(ADMIN)
    String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Unit unit = units.details(id);
        if (unit.isRetired()) {
            return refuseRetired(unit, redirect);
        }
        model.addAttribute("unitForm", UnitForm.of(unit));
        return showForm(unit, model);
    }

    @PostMapping("/{id:\\d+}")
    @PreAuthorize(ADMIN)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("unitForm") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Unit unit = units.details(id);
        if (result.hasErrors()) {
            return showForm(unit, model);
        }
        try {
            units.update(id, form.getVersion(), form.toCommand());
            Flash.success(redirect, "unit.updated", form.getName().trim());
            return "redirect:/admin/units/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.conflict");
            Unit latest = units.details(id);
            // The user's input stays; the form now carries the latest version, so saving again is a deliberate choice.
            form.setVersion(latest.getVersion());
            model.addAttribute("latest", latest);
            return showForm(latest, model);
        } catch (DomainException e) {
            reject(result, e);
            return showForm(unit, model);
        }
    }

    @GetMapping("/{id:\\d+}/retire")
    @PreAuthorize(ADMIN)
    String retireForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Unit unit = units.details(id);
        if (unit.isRetired()) {
            return refuseRetired(unit, redirect);
        }
        RetireForm form = new RetireForm();
        form.setVersion(unit.getVersion());
        model.addAttribute("retireForm", form);
        model.addAttribute("unit", unit);
        return RETIRE;
    }

    @PostMapping("/{id:\\d+}/retire")
    @PreAuthorize(ADMIN)
    String retire(
            @PathVariable long id,
            @Valid @ModelAttribute("retireForm") RetireForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Unit unit = units.details(id);
        model.addAttribute("unit", unit);
        if (result.hasErrors()) {
            return RETIRE;
        }
        try {
            units.retire(id, form.getVersion(), form.getRetiredOn(), form.getReason());
            Flash.success(redirect, "unit.retiredDone", unit.getName());
            return "redirect:/admin/units/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.conflict");
            Unit latest = units.details(id);
            form.setVersion(latest.getVersion());
            model.addAttribute("unit", latest);
            return RETIRE;
        } catch (DomainException e) {
            reject(result, e);
            return RETIRE;
        }
    }

    @GetMapping("/{id:\\d+}/merge")
    @PreAuthorize(ADMIN)
    String mergeForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Unit unit = units.details(id);
        if (unit.isRetired()) {
            return refuseRetired(unit, redirect);
        }
        MergeForm form = new MergeForm();
        form.setVersion(unit.getVersion());
        model.addAttribute("mergeForm", form);
        return showMerge(unit, model);
    }

    @PostMapping("/{id:\\d+}/merge")
    @PreAuthorize(ADMIN)
    String merge(
            @PathVariable long id,
            @Valid @ModelAttribute("mergeForm") MergeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Unit unit = units.details(id);
        if (result.hasErrors()) {
            return showMerge(unit, model);
        }
        try {
            units.merge(id, form.getVersion(), form.getSuccessorId(), form.getRetiredOn(), form.getReason());
            Flash.success(
                    redirect,
                    "unit.mergedDone",
                    unit.getName(),
                    units.unit(form.getSuccessorId()).getName());
            return "redirect:/admin/units/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.conflict");
            Unit latest = units.details(id);
            form.setVersion(latest.getVersion());
            return showMerge(latest, model);
        } catch (DomainException e) {
            reject(result, e);
            return showMerge(unit, model);
        }
    }

    private String showForm(Unit unit, Model model) {
        model.addAttribute("unit", unit);
        List<Unit> parents = new ArrayList<>(units.activeUnits());
        if (unit != null) {
            parents.removeIf(candidate -> candidate.getId().equals(unit.getId()));
            Unit current = unit.getParent();
            if (current != null && current.isRetired()) {
                parents.add(0, current);
            }
        }
        model.addAttribute("parents", parents);
        return FORM;
    }

    private String showMerge(Unit unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute(
                "successors",
                units.activeUnits().stream()
                        .filter(candidate -> !candidate.getId().equals(unit.getId()))
                        .toList());
        return MERGE;
    }

    private static String refuseRetired(Unit unit, RedirectAttributes redirect) {
        Flash.error(redirect, "unit.retired", unit.getName());
        return "redirect:/admin/units/" + unit.getId();
    }

    /** Shows a refusal of the domain next to the field it concerns, or above the form. */
    static void reject(BindingResult result, DomainException e) {
        String key = e.getMessageKey();
        String field = key.startsWith("unit.code.")
                ? "code"
                : key.startsWith("unit.name.")
                        ? "name"
                        : key.startsWith("unit.shortName.")
                                ? "shortName"
                                : key.startsWith("unit.level.")
                                        ? "level"
                                        : key.startsWith("unit.parent.")
                                                ? "parentId"
                                                : key.startsWith("unit.retire.date")
                                                        ? "retiredOn"
                                                        : key.startsWith("unit.retire.reason")
                                                                ? "reason"
                                                                : key.startsWith("unit.merge.") ? "successorId" : null;
        if (field != null && hasField(result, field)) {
            result.rejectValue(field, key, e.getArguments(), null);
        } else {
            result.reject(key, e.getArguments(), null);
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        return result.getTarget() != null
                && BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null;
    }
}
