package vn.thidua.award.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.access.AccessPolicy;
import vn.thidua.award.registration.RegistrationService;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;

/**
 * Registration (đăng ký thi đua): a member unit's own page, a cluster-year's table for its head and the organiser's
 * staff, and the organiser's overview with the year's deadline.
 */
@Controller
class RegistrationController {

    static final String MINE = "award/registration/mine";
    static final String TABLE = "award/registration/table";
    static final String OVERVIEW = "award/registration/overview";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final RegistrationService registrations;
    private final AccessPolicy policy;

    RegistrationController(RegistrationService registrations, AccessPolicy policy) {
        this.registrations = registrations;
        this.policy = policy;
    }

    @GetMapping("/registrations")
    String mine(Model model) {
        if (policy.isStaffOf(vn.thidua.access.CurrentUsers.require().organizerId())) {
            return "redirect:/admin/award-registrations";
        }
        model.addAttribute("years", registrations.mine());
        return MINE;
    }

    @PostMapping("/registrations/register")
    String register(
            @RequestParam(required = false) String clusterYearId,
            @RequestParam(required = false) String awardTypeId,
            RedirectAttributes redirect) {
        return change(clusterYearId, awardTypeId, true, redirect);
    }

    @PostMapping("/registrations/withdraw")
    String withdraw(
            @RequestParam(required = false) String clusterYearId,
            @RequestParam(required = false) String awardTypeId,
            RedirectAttributes redirect) {
        return change(clusterYearId, awardTypeId, false, redirect);
    }

    private String change(String clusterYearId, String awardTypeId, boolean on, RedirectAttributes redirect) {
        Long year = id(clusterYearId);
        Long type = id(awardTypeId);
        if (year == null || type == null) {
            Flash.error(redirect, "error.form.hiddenField");
            return "redirect:/registrations";
        }
        try {
            if (on) {
                registrations.register(year, type);
                Flash.success(redirect, "registration.registered");
            } else {
                registrations.withdraw(year, type);
                Flash.success(redirect, "registration.withdrawn");
            }
        } catch (OptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        } catch (DomainException e) {
            if (e instanceof vn.thidua.common.NotFoundException) {
                throw e;
            }
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/registrations";
    }

    @GetMapping("/registrations/cluster-years/{id:\\d+}")
    String table(@PathVariable long id, Model model) {
        model.addAttribute("table", registrations.table(id));
        return TABLE;
    }

    @GetMapping("/admin/award-registrations")
    String overview(@RequestParam(required = false) String year, Model model) {
        Integer chosen = year(year);
        model.addAttribute("overview", registrations.overview(chosen));
        model.addAttribute("canSetDeadline", registrations.canSetDeadline());
        return OVERVIEW;
    }

    @PostMapping("/admin/award-registrations/deadline")
    String setDeadline(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String closesOn,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        Integer chosen = year(year);
        if (chosen == null) {
            Flash.error(redirect, "error.form.hiddenField");
            return "redirect:/admin/award-registrations";
        }
        String back = "redirect:/admin/award-registrations?year=" + chosen;
        LocalDate date;
        try {
            date = DisplayFormat.parseDate(closesOn == null || closesOn.length() > 20 ? "x" : closesOn);
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            Flash.error(redirect, "registration.deadline.invalid");
            // What was typed comes back in the field, marked, beside the message.
            redirect.addFlashAttribute(
                    "closesOnTyped", closesOn == null ? "" : closesOn.substring(0, Math.min(closesOn.length(), 100)));
            return back;
        }
        Long expected = version == null || version.isBlank() ? null : id(version);
        if (version != null && !version.isBlank() && expected == null) {
            Flash.error(redirect, "error.form.hiddenField");
            return back;
        }
        try {
            registrations.setDeadline(chosen, date, expected);
            Flash.success(redirect, "registration.deadline.saved", DisplayFormat.DATE.format(date));
        } catch (OptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        }
        return back;
    }

    private static Long id(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer year(String text) {
        Long value = id(text);
        return value == null || value < FIRST_YEAR || value > LAST_YEAR ? null : value.intValue();
    }
}
