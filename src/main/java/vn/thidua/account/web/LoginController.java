package vn.thidua.account.web;

import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.account.LoginSession;
import vn.thidua.infrastructure.DemoDataLoader;

@Controller
class LoginController {

    static final String VIEW = "account/login";
    private static final Set<String> KNOWN_ERRORS = Set.of("bad", "disabled", "changed");

    private final DemoDataLoader demoData;

    LoginController(DemoDataLoader demoData) {
        this.demoData = demoData;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        model.addAttribute("demoAccounts", demoData.isEnabled());
        Object lastUsername = session.getAttribute(LoginSession.LAST_USERNAME);
        if (error != null && lastUsername != null) {
            model.addAttribute("lastUsername", lastUsername);
        }
        session.removeAttribute(LoginSession.LAST_USERNAME);
        if (error != null) {
            model.addAttribute("errorKey", "login.error." + (KNOWN_ERRORS.contains(error) ? error : "bad"));
        }
        return VIEW;
    }
}
