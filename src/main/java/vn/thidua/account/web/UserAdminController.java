package vn.thidua.account.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import vn.thidua.access.Role;
import vn.thidua.account.UserAccount;
import vn.thidua.account.UserAdministration;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.common.PageRequests;
import vn.thidua.common.SearchText;

/** The administrator's pages for the accounts of their organiser. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String LIST_VIEW = "account/users";
    static final String FORM_VIEW = "account/user-form";
    static final String RESET_VIEW = "account/user-password";

    private static final Set<String> SORTABLE = Set.of("username", "fullName", "role", "unit.name", "lastLoginAt");
    private static final Sort DEFAULT_SORT = Sort.by("fullName", "username");
    private static final Map<String, String> FIELDS_BY_KEY = Map.of(
            "user.username.pattern", "username",
            "user.username.taken", "username",
            "user.fullName.required", "fullName",
            "user.fullName.size", "fullName",
            "user.email.invalid", "email",
            "user.role.required", "role",
            "user.role.self", "role",
            "user.unit.required", "unitId",
            "user.unit.notAllowed", "unitId",
            "user.unit.invalid", "unitId");
    private static final Map<String, String> PASSWORD_FIELDS_BY_KEY = Map.of(
            "password.tooShort", "password",
            "password.tooLong", "password");

    private final UserAdministration users;
    private final AuditTrail audit;
    private final Clock clock;

    UserAdminController(UserAdministration users, AuditTrail audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        // Names are trimmed and an empty e-mail or unit becomes none; passwords are taken exactly as typed.
        StringTrimmerEditor trimmer = new StringTrimmerEditor(true);
        for (String field : new String[] {"username", "fullName", "email"}) {
            binder.registerCustomEditor(String.class, field, trimmer);
        }
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @PageableDefault(size = PageRequests.DEFAULT_SIZE) Pageable pageable,
            Model model) {
        String query = SearchText.clean(q);
        model.addAttribute("q", query);
        model.addAttribute(
                "users",
                PageRequests.within(
                        PageRequests.safe(pageable, SORTABLE, DEFAULT_SORT), request -> users.search(query, request)));
        model.addAttribute("now", clock.instant());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        NewUserForm form = new NewUserForm();
        form.setRole(Role.UNIT_OFFICER);
        model.addAttribute("form", form);
        return showForm(null, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.checkUnit(form, result);
        FormErrors.checkConfirmation(form, result);
        if (!result.hasFieldErrors("username") && users.usernameTaken(form.getUsername())) {
            result.rejectValue("username", "user.username.taken", new Object[] {form.getUsername()}, null);
        }
        if (result.hasErrors()) {
            return showForm(null, model);
        }
        try {
            UserAccount user = users.create(form.toNewUser());
            Flash.success(redirect, "user.created", user.getUsername());
            return "redirect:/admin/users/" + user.getId();
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal, fieldsFor(refusal));
            return showForm(null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount user = users.user(id);
        model.addAttribute("form", UserForm.of(user));
        return showForm(user, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserAccount user = users.user(id);
        FormErrors.checkUnit(form, result);
        if (result.hasErrors()) {
            return showForm(user, model);
        }
        try {
            users.update(id, form.getVersion(), form.toChanges());
            Flash.success(redirect, "user.updated", user.getUsername());
            return "redirect:/admin/users/" + id;
        } catch (ObjectOptimisticLockingFailureException conflict) {
            result.reject("error.conflict");
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal, FIELDS_BY_KEY);
        }
        return showForm(users.user(id), model);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        UserAccount user = users.user(id);
        users.disable(id, version);
        Flash.success(redirect, "user.disabled", user.getUsername());
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        UserAccount user = users.user(id);
        users.enable(id, version);
        Flash.success(redirect, "user.enabled", user.getUsername());
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}/password")
    String resetForm(@PathVariable long id, Model model) {
        UserAccount user = users.user(id);
        PasswordResetForm form = new PasswordResetForm();
        form.setVersion(user.getVersion());
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        return RESET_VIEW;
    }

    @PostMapping("/{id}/password")
    String reset(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PasswordResetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        UserAccount user = users.user(id);
        model.addAttribute("user", user);
        FormErrors.checkConfirmation(form, result);
        if (result.hasErrors()) {
            return RESET_VIEW;
        }
        try {
            users.resetPassword(id, form.getVersion(), form.getPassword());
            Flash.success(redirect, "user.passwordReset", user.getUsername());
            return "redirect:/admin/users/" + id;
        } catch (ObjectOptimisticLockingFailureException conflict) {
            result.reject("error.conflict");
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal, PASSWORD_FIELDS_BY_KEY);
        }
        return RESET_VIEW;
    }

    private String showForm(UserAccount user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", users.assignableUnits(user == null ? null : user.getUnitId()));
        if (user != null) {
            model.addAttribute("status", user.statusAt(clock.instant()));
            model.addAttribute("self", user.getId() == CurrentUsers.require().id());
            model.addAttribute("history", audit.historyOf(UserAdministration.ENTITY, user.getId()));
        }
        return FORM_VIEW;
    }

    private static Map<String, String> fieldsFor(DomainException refusal) {
        return refusal.getMessageKey().startsWith("password.") ? PASSWORD_FIELDS_BY_KEY : FIELDS_BY_KEY;
    }
}
