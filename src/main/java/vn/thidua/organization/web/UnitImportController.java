package vn.thidua.organization.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import vn.thidua.access.CurrentUsers;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.organization.UnitLevel;
import vn.thidua.organization.internal.UnitImportPreview;
import vn.thidua.organization.internal.UnitImportRow;
import vn.thidua.organization.internal.UnitImportService;

/**
 * Imports units from a spreadsheet: upload, a preview of every row with its problems, then a confirmation that saves
 * all rows at once. Only administrators import.
 */
@Controller
@RequestMapping("/admin/units/import")
@PreAuthorize(UnitController.ADMIN)
class UnitImportController {

    static final String UPLOAD = "organization/units/import";
    static final String PREVIEW = "organization/units/import-preview";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final UnitImportService imports;

    UnitImportController(UnitImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String uploadForm(@RequestParam(name = "tooLarge", required = false) String tooLarge, Model model, Locale locale) {
        if (tooLarge != null) {
            return showUpload(model, locale, "unit.import.file.tooLarge", new Object[] {
                UnitImportService.MAX_FILE_BYTES / (1024 * 1024)
            });
        }
        return showUpload(model, locale, null, null);
    }

    @PostMapping
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session,
            Model model,
            Locale locale) {
        if (file == null || file.isEmpty()) {
            return showUpload(model, locale, "unit.import.file.required", null);
        }
        if (file.getSize() > UnitImportService.MAX_FILE_BYTES) {
            return showUpload(model, locale, "unit.import.file.tooLarge", new Object[] {
                UnitImportService.MAX_FILE_BYTES / (1024 * 1024)
            });
        }
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        List<UnitImportRow> rows;
        try {
            rows = imports.read(fileName, file.getBytes());
        } catch (DomainException e) {
            return showUpload(model, locale, e.getMessageKey(), e.getArguments());
        } catch (IOException e) {
            return showUpload(model, locale, "unit.import.file.unreadable", null);
        }
        String token = PendingImports.put(
                session, new PendingImports.Upload(CurrentUsers.require().organizerId(), fileName, rows));
        return "redirect:/admin/units/import/" + token;
    }

    @GetMapping("/{token}")
    String preview(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<PendingImports.Upload> upload =
                PendingImports.get(session, token, CurrentUsers.require().organizerId());
        if (upload.isEmpty()) {
            Flash.error(redirect, "unit.import.expired");
            return "redirect:/admin/units/import";
        }
        return showPreview(imports.check(upload.get().fileName(), upload.get().rows()), token, model);
    }

    @PostMapping("/{token}")
    String confirm(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<PendingImports.Upload> upload =
                PendingImports.get(session, token, CurrentUsers.require().organizerId());
        if (upload.isEmpty()) {
            Flash.error(redirect, "unit.import.expired");
            return "redirect:/admin/units/import";
        }
        UnitImportPreview result;
        try {
            result = imports.confirm(upload.get().fileName(), upload.get().rows());
        } catch (DomainException e) {
            model.addAttribute("refusal", e);
            return showPreview(
                    imports.check(upload.get().fileName(), upload.get().rows()), token, model);
        }
        if (!result.isValid()) {
            model.addAttribute("changedSincePreview", true);
            return showPreview(result, token, model);
        }
        PendingImports.remove(session, token);
        Flash.success(redirect, "unit.import.done", result.lines().size());
        return "redirect:/admin/units";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(Locale locale) {
        return download(imports.xlsxTemplate(locale), "mau-nhap-don-vi.xlsx", MediaType.parseMediaType(XLSX));
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> csvTemplate(Locale locale) {
        return download(
                imports.csvTemplate(locale),
                "mau-nhap-don-vi.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    private String showUpload(Model model, Locale locale, String errorKey, Object[] errorArgs) {
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("errorArgs", errorArgs == null ? new Object[0] : errorArgs);
        model.addAttribute("examples", imports.exampleRows(locale));
        model.addAttribute("columns", UnitImportService.Column.values());
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("maxBytes", UnitImportService.MAX_FILE_BYTES);
        model.addAttribute("maxMegabytes", UnitImportService.MAX_FILE_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", UnitImportService.MAX_ROWS);
        return UPLOAD;
    }

    private String showPreview(UnitImportPreview preview, String token, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("token", token);
        return PREVIEW;
    }

    private static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
