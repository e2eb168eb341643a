package vn.thidua.organization.web;

import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.organization.internal.Organizer;
import vn.thidua.organization.internal.OrganizerService;

/** The organiser's working year, which every page opens on. Administrators only. */
@Controller
@RequestMapping("/admin/working-year")
class WorkingYearController {

    static final String VIEW = "organization/working-year";

    private final OrganizerService organizers;

    WorkingYearController(OrganizerService organizers) {
        this.organizers = organizers;
    }

    @InitBinder("workingYearForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("year", "version");
    }

    @GetMapping
    String show(Model model) {
        Organizer organizer = organizers.settings();
        model.addAttribute("organizer", organizer);
        model.addAttribute("workingYearForm", WorkingYearForm.of(organizer));
        return VIEW;
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute("workingYearForm") WorkingYearForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Organizer organizer = organizers.settings();
        model.addAttribute("organizer", organizer);
        if (binding.hasErrors()) {
            return VIEW;
        }
        try {
            organizers.changeWorkingYear(form.getYear(), form.getVersion() == null ? -1 : form.getVersion());
            Flash.success(redirect, "workingYear.changed", form.getYear());
            return "redirect:/admin/working-year";
        } catch (OptimisticLockingFailureException e) {
            form.setVersion(organizer.getVersion());
            binding.reject("error.conflict");
        } catch (DomainException e) {
            binding.reject(e.getMessageKey(), e.getArguments(), null);
        }
        return VIEW;
    }
}
