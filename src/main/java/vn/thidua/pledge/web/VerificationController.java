package vn.thidua.pledge.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.pledge.PledgeService;

/** The public page a pledge's QR code and short link lead to: the text and who signed it when, and whether it still matches. */
@Controller
class VerificationController {

    static final String VIEW = "pledge/verify";

    private final PledgeService pledges;
    private final VerificationLinks links;

    VerificationController(PledgeService pledges, VerificationLinks links) {
        this.pledges = pledges;
        this.links = links;
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model, HttpServletRequest request) {
        var verification = pledges.verify(code);
        model.addAttribute("verification", verification);
        model.addAttribute("pledge", verification.pledge());
        model.addAttribute(
                "verifyUrl", links.prefix(request) + verification.pledge().getVerifyCode());
        return VIEW;
    }
}
