package vn.thidua.award.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.award.minutes.MinutesDocuments;
import vn.thidua.award.minutes.MinutesScan;
import vn.thidua.award.minutes.MinutesService;
import vn.thidua.award.minutes.MinutesView;
import vn.thidua.award.minutes.ScanType;
import vn.thidua.award.minutes.SignedMinutesFile;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.common.NotFoundException;

/**
 * The minutes of the cluster's meeting: the page with the meeting's details, the documents (PDF, Word), and the signed
 * scan. Every rule is the service's; this only binds, checks the typed values and chooses what comes back.
 */
@Controller
@RequestMapping("/award/cluster-years/{id}/minutes")
class MinutesController {

    static final String PAGE = "award/minutes/page";
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final MinutesService minutes;
    private final MinutesDocuments documents;
    private final java.time.Clock clock;

    MinutesController(MinutesService minutes, MinutesDocuments documents, java.time.Clock clock) {
        this.minutes = minutes;
        this.documents = documents;
        this.clock = clock;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields(
                "version",
                "meetingDate",
                "meetingTime",
                "place",
                "chairName",
                "chairTitle",
                "secretaryName",
                "secretaryTitle",
                "countingTeam",
                "otherContent",
                "present*",
                "reason*");
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        MinutesView view = minutes.view(id);
        MinutesForm form = view.minutes()
                .map(m -> MinutesForm.of(m, view.clusterYear()))
                .orElseGet(() -> MinutesForm.blank(view.clusterYear()));
        return show(view, form, model);
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @ModelAttribute("form") MinutesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        MinutesView view = minutes.view(id);
        if (!view.canEdit()) {
            // Let the service say why (not the head, no closed vote, proposal submitted, year closed).
            try {
                minutes.requireEditable(id);
            } catch (NotFoundException e) {
                throw e;
            } catch (DomainException e) {
                Flash.error(redirect, e.getMessageKey(), e.getArguments());
                return "redirect:/award/cluster-years/" + id + "/minutes";
            }
        }
        var details = form.toDetails(view.clusterYear(), BusinessTime.today(clock), result);
        if (details == null || result.hasErrors()) {
            return show(view, form, model);
        }
        try {
            minutes.saveDetails(id, form.getVersion(), details);
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.conflict");
            return show(minutes.view(id), form, model);
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            MinutesView fresh = minutes.view(id);
            if (!fresh.canEdit()) {
                // The form is no longer offered (the vote reopened, the proposal went out, the year closed).
                Flash.error(redirect, e.getMessageKey(), e.getArguments());
                return "redirect:/award/cluster-years/" + id + "/minutes";
            }
            result.reject(e.getMessageKey(), e.getArguments(), null);
            return show(fresh, form, model);
        }
        Flash.success(redirect, "minutes.saved");
        return "redirect:/award/cluster-years/" + id + "/minutes";
    }

    private String show(MinutesView view, MinutesForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("history", minutes.history(view.clusterYear().id()));
        model.addAttribute("maxScanMegabytes", ScanType.MAX_BYTES / (1024 * 1024));
        return PAGE;
    }

    @GetMapping("/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return download(documents.pdf(id), MediaType.APPLICATION_PDF, fileName(id, "pdf"));
    }

    @GetMapping("/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return download(documents.docx(id), DOCX, fileName(id, "docx"));
    }

    /** The signed scan: permission first, then at most the limit (and one byte more, to know it is too large). */
    @PostMapping("/scan")
    String uploadScan(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            minutes.requireScanUpload(id);
            if (file == null || file.isEmpty()) {
                throw new vn.thidua.award.minutes.MinutesException("minutes.scan.empty");
            }
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readNBytes(ScanType.MAX_BYTES + 1);
            }
            SignedMinutesFile saved = minutes.uploadScan(id, file.getOriginalFilename(), content);
            Flash.success(redirect, "minutes.scan.saved", saved.fileName());
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/award/cluster-years/" + id + "/minutes";
    }

    /** The scan is always downloaded, never shown inline: an uploaded file cannot run in the application's pages. */
    @GetMapping("/scan")
    ResponseEntity<byte[]> scan(@PathVariable long id) {
        MinutesScan scan = minutes.scan(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(scan.getContentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(scan.getFileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(scan.getContent());
    }

    private static String fileName(long id, String extension) {
        return "bien-ban-hop-cum-" + id + "." + extension;
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
