package vn.thidua.award.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.award.certificate.Alignment;
import vn.thidua.award.certificate.CertificateField;
import vn.thidua.award.certificate.CertificateLayout;
import vn.thidua.award.certificate.CertificateLayoutService;
import vn.thidua.award.certificate.CertificatePrinter;
import vn.thidua.award.certificate.LayoutInvalid;
import vn.thidua.award.certificate.LayoutRow;
import vn.thidua.award.certificate.Paper;
import vn.thidua.award.certificate.PrintMode;
import vn.thidua.award.type.FieldProblem;
import vn.thidua.common.Flash;
import vn.thidua.common.TextInput;

/**
 * Certificates: the organiser's layouts (staff read, administrators edit, with a live preview, a calibration print and
 * a sample), the certificates of a decision for its staff, and one award's certificate for its unit too.
 */
@Controller
class CertificateController {

    static final String LIST = "award/certificate/layouts";
    static final String FORM = "award/certificate/layout-form";
    static final String KEY = "{key:default|\\d+}";

    private final CertificateLayoutService layouts;
    private final CertificatePrinter printer;
    private final AwardVerificationLinks links;

    CertificateController(CertificateLayoutService layouts, CertificatePrinter printer, AwardVerificationLinks links) {
        this.layouts = layouts;
        this.printer = printer;
        this.links = links;
    }

    @InitBinder("layoutForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields(
                "paper",
                "mode",
                "place",
                "version",
                "lines[*].field",
                "lines[*].x",
                "lines[*].y",
                "lines[*].width",
                "lines[*].height",
                "lines[*].fontSize",
                "lines[*].bold",
                "lines[*].align",
                "lines[*].visible");
        binder.setAutoGrowCollectionLimit(CertificateField.values().length);
        binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("papers", Paper.values());
        model.addAttribute("modes", PrintMode.values());
        model.addAttribute("alignments", Alignment.values());
    }

    @GetMapping("/admin/certificate-layouts")
    String list(Model model) {
        model.addAttribute("rows", layouts.overview());
        model.addAttribute("canManage", layouts.canManage());
        return LIST;
    }

    @GetMapping("/admin/certificate-layouts/" + KEY)
    String edit(@PathVariable String key, Model model) {
        LayoutRow row = layouts.layout(key);
        model.addAttribute("row", row);
        model.addAttribute("layoutForm", CertificateLayoutForm.of(row.layout()));
        model.addAttribute("canManage", layouts.canManage());
        return FORM;
    }

    @PostMapping("/admin/certificate-layouts/" + KEY)
    String save(
            @PathVariable String key,
            @ModelAttribute("layoutForm") CertificateLayoutForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        LayoutRow row = layouts.layout(key);
        if (!layouts.canManage()) {
            throw new org.springframework.security.access.AccessDeniedException("administrators only");
        }
        model.addAttribute("row", row);
        model.addAttribute("canManage", true);
        form.complete();
        TextInput.check(binding, "place", form.getPlace(), CertificateLayout.PLACE_MAX, false);
        reject(binding, layouts.problems(form.toCommand()));
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            layouts.save(key, form.getVersion(), form.toCommand());
            Flash.success(redirect, "certificate.layout.saved");
            return "redirect:/admin/certificate-layouts/" + key;
        } catch (OptimisticLockingFailureException e) {
            LayoutRow current = layouts.layout(key);
            model.addAttribute("current", current.layout());
            form.setVersion(current.layout().isSaved() ? current.layout().getVersion() : null);
            binding.reject("error.conflict");
            return FORM;
        } catch (LayoutInvalid e) {
            reject(binding, e.problems());
            return FORM;
        }
    }

    @GetMapping("/admin/certificate-layouts/" + KEY + "/calibration.pdf")
    void calibration(@PathVariable String key, HttpServletResponse response) throws IOException {
        layouts.layout(key);
        pdf(response, "can-chinh-mau-in-" + key + ".pdf");
        printer.calibration(key, response.getOutputStream());
    }

    @GetMapping("/admin/certificate-layouts/" + KEY + "/sample.pdf")
    void sample(@PathVariable String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        layouts.layout(key);
        pdf(response, "mau-bang-khen-" + key + ".pdf");
        printer.sample(key, links.prefix(request), response.getOutputStream());
    }

    @GetMapping("/decisions/{id:\\d+}/certificates.pdf")
    void decision(
            @PathVariable long id,
            @RequestParam(required = false) PrintMode mode,
            @RequestParam(required = false) Paper paper,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        CertificatePrinter.Job job = printer.decision(id, mode, paper);
        pdf(response, job.fileName());
        printer.write(job, links.prefix(request), response.getOutputStream());
    }

    @GetMapping("/awards/{id:\\d+}/certificate.pdf")
    void award(
            @PathVariable long id,
            @RequestParam(required = false) PrintMode mode,
            @RequestParam(required = false) Paper paper,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        CertificatePrinter.Job job = printer.award(id, mode, paper);
        pdf(response, job.fileName());
        printer.write(job, links.prefix(request), response.getOutputStream());
    }

    private static void pdf(HttpServletResponse response, String fileName) {
        response.setContentType("application/pdf");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String field = problem.field();
            if (field.equals("lines") || field.endsWith(".field")) {
                binding.reject(problem.key(), problem.args(), null);
            } else if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, problem.key(), problem.args(), null);
            }
        }
    }
}
