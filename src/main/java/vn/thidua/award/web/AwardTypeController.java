package vn.thidua.award.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
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
import vn.thidua.access.CurrentUsers;
import vn.thidua.award.type.AwardCategory;
import vn.thidua.award.type.AwardLevel;
import vn.thidua.award.type.AwardRecipient;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeInvalid;
import vn.thidua.award.type.AwardTypeService;
import vn.thidua.award.type.DocumentKind;
import vn.thidua.award.type.FieldProblem;
import vn.thidua.award.type.PrerequisiteKind;
import vn.thidua.award.type.VoteBase;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.common.TextInput;

/** The organiser's award types: the list and each type for its staff; create, edit, (de)activate for administrators. */
@Controller
@RequestMapping("/admin/award-types")
class AwardTypeController {

    static final String LIST = "award/types/list";
    static final String FORM = "award/types/form";
    static final String SHOW = "award/types/show";
    static final int REASON_MAX = 2000;

    private final AwardTypeService types;

    AwardTypeController(AwardTypeService types) {
        this.types = types;
    }

    @InitBinder("awardTypeForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields(
                "code",
                "name",
                "category",
                "level",
                "recipient",
                "voteBase",
                "voteSharePercent",
                "voteShareStrict",
                "quorumPercent",
                "choices",
                "maxPerClusterYear",
                "maxMemberPercent",
                "maxLeaderPercent",
                "legalSource",
                "sortOrder",
                "prerequisites[*].kind",
                "prerequisites[*].otherTypeId",
                "prerequisites[*].years",
                "documents[*].kind",
                "documents[*].name",
                "documents[*].perItem",
                "version");
        binder.setAutoGrowCollectionLimit(AwardType.LINES_MAX + AwardTypeForm.SPARE_ROWS);
        binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", AwardCategory.values());
        model.addAttribute("levels", AwardLevel.values());
        model.addAttribute("recipients", AwardRecipient.values());
        model.addAttribute("voteBases", VoteBase.values());
        model.addAttribute("prerequisiteKinds", PrerequisiteKind.values());
        model.addAttribute("documentKinds", DocumentKind.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("types", types.list());
        model.addAttribute("canManage", types.canManage());
        return LIST;
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        AwardType type = types.type(id);
        model.addAttribute("type", type);
        model.addAttribute("typeNames", typeNames());
        model.addAttribute("canManage", types.canManage());
        return SHOW;
    }

    @GetMapping("/new")
    String newType(Model model) {
        requireManager();
        model.addAttribute("awardTypeForm", AwardTypeForm.blank());
        model.addAttribute("otherTypes", types.list());
        return FORM;
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("awardTypeForm") AwardTypeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireManager();
        model.addAttribute("otherTypes", types.list());
        if (!checked(form, binding, null)) {
            return FORM;
        }
        try {
            AwardType type = types.create(form.toCommand());
            Flash.success(redirect, "award.type.created", type.getName());
            return "redirect:/admin/award-types/" + type.getId();
        } catch (AwardTypeInvalid e) {
            reject(form, binding, e.problems());
            return FORM;
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        requireManager();
        AwardType type = types.type(id);
        model.addAttribute("type", type);
        model.addAttribute("awardTypeForm", AwardTypeForm.of(type));
        model.addAttribute("otherTypes", others(id));
        return FORM;
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("awardTypeForm") AwardTypeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        requireManager();
        model.addAttribute("type", types.type(id));
        model.addAttribute("otherTypes", others(id));
        if (!checked(form, binding, id)) {
            return FORM;
        }
        try {
            AwardType type = types.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.toCommand());
            Flash.success(redirect, "award.type.updated", type.getName());
            return "redirect:/admin/award-types/" + id;
        } catch (OptimisticLockingFailureException e) {
            AwardType current = types.type(id);
            model.addAttribute("type", current);
            model.addAttribute("current", current);
            form.setVersion(current.getVersion());
            binding.reject("error.conflict");
            return FORM;
        } catch (AwardTypeInvalid e) {
            reject(form, binding, e.problems());
            return FORM;
        }
    }

    @PostMapping("/{id:\\d+}/deactivate")
    String deactivate(
            @PathVariable long id,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return changeStatus(id, version, reason, false, redirect);
    }

    @PostMapping("/{id:\\d+}/reactivate")
    String reactivate(
            @PathVariable long id,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return changeStatus(id, version, reason, true, redirect);
    }

    private String changeStatus(long id, String version, String reason, boolean active, RedirectAttributes redirect) {
        requireManager();
        AwardType type = types.type(id);
        String back = "redirect:/admin/award-types/" + id;
        if (reason != null && (reason.length() > REASON_MAX || !TextInput.isPlain(reason, true))) {
            Flash.error(redirect, "award.type.reason.invalid", REASON_MAX);
            return back;
        }
        long expected;
        try {
            expected = Long.parseLong(version == null ? "" : version.trim());
        } catch (NumberFormatException e) {
            Flash.error(redirect, "error.form.hiddenField");
            return back;
        }
        try {
            if (active) {
                types.reactivate(id, expected, reason);
                Flash.success(redirect, "award.type.reactivated", type.getName());
            } else {
                types.deactivate(id, expected, reason);
                Flash.success(redirect, "award.type.deactivated", type.getName());
            }
        } catch (OptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return back;
    }

    /**
     * Checks the rules beside the form's own constraints, so that every problem shows at once; false when there is
     * any.
     */
    private boolean checked(AwardTypeForm form, BindingResult binding, Long selfId) {
        List<FieldProblem> problems = types.problems(CurrentUsers.require().organizerId(), selfId, form.toCommand());
        reject(form, binding, problems);
        return !binding.hasErrors();
    }

    private static void reject(AwardTypeForm form, BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String field = form.formField(problem.field());
            if (binding.hasFieldErrors(field)) {
                continue;
            }
            if (field.equals("prerequisites") || field.equals("documents")) {
                binding.reject(problem.key(), problem.args(), null);
            } else {
                binding.rejectValue(field, problem.key(), problem.args(), null);
            }
        }
    }

    /** A row number beyond the rows a type may hold comes only from an edited page: a bad request, not an error. */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    String tooManyRows(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(400);
        return "error";
    }

    private java.util.Map<Long, String> typeNames() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        types.list().forEach(t -> names.put(t.getId(), t.getName()));
        return names;
    }

    private List<AwardType> others(long id) {
        return types.list().stream().filter(t -> t.getId() != id).toList();
    }

    private void requireManager() {
        types.requireManager();
    }
}
