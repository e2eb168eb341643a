package vn.thidua.award.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.award.certificate.CertificatePrinter;

/** The public page a certificate's QR code leads to: who was awarded what by which decision, and whether it stands. */
@Controller
class AwardVerificationController {

    static final String VIEW = "award/certificate/verify";

    private final CertificatePrinter certificates;

    AwardVerificationController(CertificatePrinter certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/verify/award/{code}")
    String verify(@PathVariable String code, Model model) {
        model.addAttribute("verification", certificates.verify(code));
        return VIEW;
    }
}
