package vn.thidua.award.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import vn.thidua.access.CurrentUsers;
import vn.thidua.award.history.HistoryImportColumn;
import vn.thidua.award.history.HistoryImportPreview;
import vn.thidua.award.history.HistoryImportRow;
import vn.thidua.award.history.HistoryImportService;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;

/**
 * Imports past awards from a spreadsheet: upload, every row checked with its problems listed by column, then, when
 * all rows are valid, a confirmation that writes them all at once. The organiser's administrators only; the file is
 * read once that is checked.
 */
@Controller
@RequestMapping("/admin/award-history/import")
@PreAuthorize("@policy.isAdmin()")
class HistoryImportController {

    static final String VIEW = "award/history/import";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SESSION = HistoryImportController.class.getName();
    static final int KEPT = 3;

    private final HistoryImportService imports;

    HistoryImportController(HistoryImportService imports) {
        this.imports = imports;
    }

    /** Rows waiting for their confirmation, kept in the session under a random token. */
    record Pending(long organizerId, String fileName, List<HistoryImportRow> rows) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    @GetMapping
    String form(Model model) {
        return show(model, null, null, null, null);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model) {
        if (file == null || file.isEmpty()) {
            return show(model, "history.import.file.required", null, null, null);
        }
        if (file.getSize() > HistoryImportService.MAX_FILE_BYTES) {
            return show(
                    model,
                    "history.import.file.tooLarge",
                    new Object[] {HistoryImportService.MAX_FILE_BYTES / (1024 * 1024)},
                    null,
                    null);
        }
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        List<HistoryImportRow> rows;
        try {
            rows = imports.read(fileName, file.getBytes());
        } catch (DomainException e) {
            return show(model, e.getMessageKey(), e.getArguments(), null, null);
        } catch (IOException e) {
            return show(model, "upload.xlsx.unreadable", null, null, null);
        }
        HistoryImportPreview preview = imports.check(fileName, rows);
        if (!preview.isValid()) {
            return show(model, null, null, preview, null);
        }
        String token = put(session, new Pending(CurrentUsers.require().organizerId(), fileName, rows));
        return "redirect:/admin/award-history/import/" + token;
    }

    @GetMapping("/{token}")
    String preview(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<Pending> pending = get(session, token);
        if (pending.isEmpty()) {
            Flash.error(redirect, "history.import.expired");
            return "redirect:/admin/award-history/import";
        }
        return show(
                model,
                null,
                null,
                imports.check(pending.get().fileName(), pending.get().rows()),
                token);
    }

    @PostMapping("/{token}")
    String confirm(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<Pending> pending = get(session, token);
        if (pending.isEmpty()) {
            Flash.error(redirect, "history.import.expired");
            return "redirect:/admin/award-history/import";
        }
        HistoryImportPreview result =
                imports.confirm(pending.get().fileName(), pending.get().rows());
        if (!result.isValid()) {
            model.addAttribute("changedSincePreview", true);
            return show(model, null, null, result, null);
        }
        remove(session, token);
        Flash.success(
                redirect,
                "history.import.done",
                result.decisionCount(),
                result.lines().size());
        return "redirect:/admin/award-history/import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mau-nhap-lich-su-khen-thuong.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(imports.template(locale));
    }

    private String show(Model model, String errorKey, Object[] errorArgs, HistoryImportPreview preview, String token) {
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("errorArgs", errorArgs == null ? new Object[0] : errorArgs);
        model.addAttribute("preview", preview);
        model.addAttribute("token", token);
        model.addAttribute("columns", HistoryImportColumn.values());
        model.addAttribute("maxBytes", HistoryImportService.MAX_FILE_BYTES);
        model.addAttribute("maxMegabytes", HistoryImportService.MAX_FILE_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", HistoryImportService.MAX_ROWS);
        return VIEW;
    }

    private static String put(HttpSession session, Pending pending) {
        synchronized (WebUtils.getSessionMutex(session)) {
            LinkedHashMap<String, Pending> all = all(session);
            String token = UUID.randomUUID().toString();
            all.put(token, pending);
            while (all.size() > KEPT) {
                all.remove(all.keySet().iterator().next());
            }
            session.setAttribute(SESSION, all);
            return token;
        }
    }

    private static Optional<Pending> get(HttpSession session, String token) {
        long organizerId = CurrentUsers.require().organizerId();
        synchronized (WebUtils.getSessionMutex(session)) {
            return Optional.ofNullable(all(session).get(token)).filter(p -> p.organizerId() == organizerId);
        }
    }

    private static void remove(HttpSession session, String token) {
        synchronized (WebUtils.getSessionMutex(session)) {
            LinkedHashMap<String, Pending> all = all(session);
            all.remove(token);
            session.setAttribute(SESSION, all);
        }
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Pending> all(HttpSession session) {
        Object stored = session.getAttribute(SESSION);
        return stored instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, Pending>) map : new LinkedHashMap<>();
    }
}
