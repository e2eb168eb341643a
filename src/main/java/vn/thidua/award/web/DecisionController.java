package vn.thidua.award.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.access.CurrentUsers;
import vn.thidua.award.decision.Decision;
import vn.thidua.award.decision.DecisionDocuments;
import vn.thidua.award.decision.DecisionException;
import vn.thidua.award.decision.DecisionFile;
import vn.thidua.award.decision.DecisionForm;
import vn.thidua.award.decision.DecisionInvalid;
import vn.thidua.award.decision.DecisionPage;
import vn.thidua.award.decision.DecisionService;
import vn.thidua.award.type.FieldProblem;
import vn.thidua.common.Flash;
import vn.thidua.common.PageRequests;
import vn.thidua.common.SearchText;

/**
 * Decisions on awards ({@code /decisions}): the organiser's list, recording a decision from accepted items, a
 * decision's page with its signed file and Word document, and a later decision that revokes or amends its awards.
 * Every rule is the service's; this binds, shows the problems beside their fields and chooses what comes back.
 */
@Controller
class DecisionController {

    static final String LIST = "award/decision/list";
    static final String FORM = "award/decision/form";
    static final String PAGE = "award/decision/show";
    static final String TAKE_BACK = "award/decision/take-back";

    private final DecisionService decisions;
    private final DecisionDocuments documents;

    DecisionController(DecisionService decisions, DecisionDocuments documents) {
        this.decisions = decisions;
        this.documents = documents;
    }

    @InitBinder
    void forbidId(WebDataBinder binder) {
        binder.setDisallowedFields("id", "*.id");
        binder.setAutoGrowCollectionLimit(1000);
    }

    @GetMapping("/decisions")
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? 0 : year;
        String query = SearchText.clean(q);
        model.addAttribute("year", shown == 0 ? null : shown);
        model.addAttribute("q", query);
        model.addAttribute(
                "page",
                decisions.list(shown, query, PageRequest.of(PageRequests.page(page), PageRequests.DEFAULT_SIZE)));
        model.addAttribute("canRecord", decisions.canRecord());
        return LIST;
    }

    // ---------------------------------------------------------------- recording

    @GetMapping("/decisions/new")
    String newDecision(Model model) {
        DecisionForm choices = decisions.form();
        DecisionRecordForm form = new DecisionRecordForm();
        form.setAuthority(choices.defaultAuthority());
        form.setYear(Integer.toString(choices.defaultYear()));
        form.setSignerTitle(choices.defaultSignerTitle());
        form.setSubject(choices.defaultSubject());
        choices.groups()
                .forEach(g -> g.items()
                        .forEach(i -> form.getAchievements()
                                .put(
                                        i.itemId(),
                                        i.summary().length() > 2000
                                                ? i.summary().substring(0, 2000)
                                                : i.summary())));
        model.addAttribute("decisionForm", form);
        model.addAttribute("choices", choices);
        return FORM;
    }

    @PostMapping("/decisions/new")
    String record(
            @ModelAttribute("decisionForm") DecisionRecordForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        DecisionForm choices = decisions.form();
        model.addAttribute("choices", choices);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            Decision decision = decisions.record(form.toCommand());
            Flash.success(redirect, "decision.recorded", decision.getNumber());
            return "redirect:/decisions/" + decision.getId();
        } catch (DecisionInvalid e) {
            reject(binding, e.problems(), "items");
            return FORM;
        }
    }

    @PostMapping("/decisions/draft.docx")
    ResponseEntity<byte[]> draft(@ModelAttribute("decisionForm") DecisionRecordForm form, BindingResult binding) {
        return download(
                documents.draft(form.toCommand(), CurrentUsers.require().organizerId()),
                ProposalController.DOCX,
                "du-thao-quyet-dinh-khen-thuong.docx");
    }

    // ---------------------------------------------------------------- one decision

    @GetMapping("/decisions/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        DecisionPage page = decisions.page(id);
        model.addAttribute("view", page);
        model.addAttribute("decision", page.decision());
        model.addAttribute("fileMaxMb", DecisionFile.MAX_BYTES / (1024 * 1024));
        return PAGE;
    }

    @GetMapping("/decisions/{id:\\d+}/document.docx")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return download(documents.recorded(id), ProposalController.DOCX, "quyet-dinh-khen-thuong-" + id + ".docx");
    }

    /** The signed PDF: permission first, then at most the limit (and one byte more, to know it is too large). */
    @PostMapping("/decisions/{id:\\d+}/file")
    String attach(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            decisions.requireFileUpload(id);
            if (file == null || file.isEmpty()) {
                throw new DecisionException("decision.file.empty");
            }
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readNBytes(DecisionFile.MAX_BYTES + 1);
            }
            decisions.attach(id, file.getOriginalFilename(), content);
            Flash.success(redirect, "decision.file.attached");
        } catch (DecisionException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/decisions/" + id;
    }

    /** The signed file is always downloaded, never shown inline: an uploaded file cannot run in the application. */
    @GetMapping("/decisions/{id:\\d+}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        DecisionFile file = decisions.file(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.getFileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(file.getContent());
    }

    // ---------------------------------------------------------------- taking back

    @GetMapping("/decisions/{id:\\d+}/revoke")
    String takeBackForm(@PathVariable long id, Model model) {
        decisions.manageable(id);
        DecisionPage page = decisions.page(id);
        DecisionTakeBackForm form = new DecisionTakeBackForm();
        Decision d = page.decision();
        form.setAuthority(d.getAuthority());
        form.setSignerTitle(d.getSignerTitle());
        page.awards().forEach(a -> {
            form.getCorrections().put(a.award().getId(), a.award().getAchievement());
            if (a.award().isIndividual()) {
                form.getNames().put(a.award().getId(), a.award().getPersonName());
                form.getPositions().put(a.award().getId(), a.award().getPersonPosition());
            }
        });
        model.addAttribute("takeBackForm", form);
        model.addAttribute("view", page);
        model.addAttribute("decision", d);
        return TAKE_BACK;
    }

    @PostMapping("/decisions/{id:\\d+}/revoke")
    String takeBack(
            @PathVariable long id,
            @ModelAttribute("takeBackForm") DecisionTakeBackForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        decisions.manageable(id);
        DecisionPage page = decisions.page(id);
        model.addAttribute("view", page);
        model.addAttribute("decision", page.decision());
        if (binding.hasErrors()) {
            return TAKE_BACK;
        }
        try {
            Decision later = decisions.takeBack(id, form.toCommand());
            Flash.success(redirect, "decision.takeBack.recorded", later.getNumber());
            return "redirect:/decisions/" + later.getId();
        } catch (DecisionInvalid e) {
            reject(binding, e.problems(), null);
            return TAKE_BACK;
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Puts each problem beside its field; a problem of a field the form has no input for goes to the top. */
    private static void reject(BindingResult binding, List<FieldProblem> problems, String listField) {
        for (FieldProblem p : problems) {
            if (p.field().equals("changes") || (listField == null && p.field().equals("items"))) {
                binding.reject(p.key(), p.args(), null);
            } else {
                binding.rejectValue(p.field(), p.key(), p.args(), null);
            }
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
