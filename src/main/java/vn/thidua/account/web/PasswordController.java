package vn.thidua.account.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
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
import vn.thidua.account.AccountService;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;

/** Every signed-in person changes their own password here. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    static final String VIEW = "account/password";

    private static final Map<String, String> FIELDS_BY_KEY = Map.of(
            "password.current.wrong", "currentPassword",
            "password.current.throttled", "currentPassword",
            "password.new.sameAsCurrent", "password",
            "password.tooShort", "password",
            "password.tooLong", "password");

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("currentPassword", "password", "passwordConfirmation");
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new OwnPasswordForm());
        return show(model);
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute("form") OwnPasswordForm form,
            BindingResult result,
            Model model,
            HttpSession session,
            RedirectAttributes redirect) {
        FormErrors.checkConfirmation(form, result);
        if (result.hasErrors()) {
            return show(model);
        }
        try {
            Instant changedAt = accounts.changeOwnPassword(form.getCurrentPassword(), form.getPassword());
            // This session goes on; the person's other sessions end at their next request.
            session.setAttribute(AccountService.SESSION_SIGNED_IN_AT, changedAt);
            Flash.success(redirect, "password.changed");
            return "redirect:/";
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal, FIELDS_BY_KEY);
            return show(model);
        }
    }

    private String show(Model model) {
        model.addAttribute("required", accounts.passwordChangeRequired());
        return VIEW;
    }
}
