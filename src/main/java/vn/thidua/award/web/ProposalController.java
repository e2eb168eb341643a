package vn.thidua.award.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.thidua.award.proposal.Gender;
import vn.thidua.award.proposal.ItemCommand;
import vn.thidua.award.proposal.Proposal;
import vn.thidua.award.proposal.ProposalDocument;
import vn.thidua.award.proposal.ProposalDocumentKind;
import vn.thidua.award.proposal.ProposalDocuments;
import vn.thidua.award.proposal.ProposalException;
import vn.thidua.award.proposal.ProposalItem;
import vn.thidua.award.proposal.ProposalPage;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.Flash;
import vn.thidua.common.PageRequests;
import vn.thidua.common.TextInput;

/**
 * The award proposal of a cluster-year ({@code /proposals/term/{termId}}): its items, its dossier, the rules not met
 * yet and the submission; and the organiser's list of the proposals sent to it ({@code /proposals}).
 */
@Controller
class ProposalController {

    static final String PAGE = "award/proposal/show";
    static final String LIST = "award/proposal/list";
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ProposalService proposals;
    private final ProposalDocuments documents;
    private final MessageSource messages;

    ProposalController(ProposalService proposals, ProposalDocuments documents, MessageSource messages) {
        this.proposals = proposals;
        this.documents = documents;
        this.messages = messages;
    }

    @InitBinder
    void forbidId(WebDataBinder binder) {
        binder.setDisallowedFields("id", "*.id");
    }

    // ---------------------------------------------------------------- reading

    @GetMapping("/proposals/term/{termId}")
    String show(@PathVariable long termId, Model model, HttpServletRequest request) {
        return page(termId, model, request, null, null, null);
    }

    @GetMapping("/proposals")
    String list(
            @RequestParam(required = false) Integer year,
            @PageableDefault(size = PageRequests.DEFAULT_SIZE) Pageable pageable,
            Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? proposals.workingYear() : year;
        model.addAttribute("year", shown);
        if (!proposals.seesOrganizerList()) {
            model.addAttribute("mine", proposals.mine(shown));
            return LIST;
        }
        Pageable safe = PageRequests.safe(
                pageable, Set.of("submittedAt", "status"), Sort.by(Sort.Direction.DESC, "submittedAt"));
        model.addAttribute("page", proposals.sent(shown, safe));
        return LIST;
    }

    @GetMapping("/proposals/term/{termId}/submission.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long termId) {
        return download(documents.pdf(termId), MediaType.APPLICATION_PDF, "to-trinh-de-nghi-khen-thuong.pdf");
    }

    @GetMapping("/proposals/term/{termId}/submission.docx")
    ResponseEntity<byte[]> docx(@PathVariable long termId) {
        return download(documents.docx(termId), DOCX, "to-trinh-de-nghi-khen-thuong.docx");
    }

    @GetMapping("/proposals/term/{termId}/documents/{documentId}")
    ResponseEntity<byte[]> file(@PathVariable long termId, @PathVariable long documentId) {
        ProposalDocument document = proposals.document(termId, documentId);
        return download(
                document.getContent(), MediaType.parseMediaType(document.getContentType()), document.getFileName());
    }

    // ---------------------------------------------------------------- changing

    @PostMapping("/proposals/term/{termId}/start")
    String start(@PathVariable long termId, RedirectAttributes redirect) {
        try {
            proposals.start(termId);
            Flash.success(redirect, "proposal.started");
        } catch (ProposalException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return redirect(termId);
    }

    @PostMapping("/proposals/term/{termId}/items")
    String addItem(
            @PathVariable long termId,
            @ModelAttribute("itemForm") ItemForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        proposals.requireEditor(termId);
        ProposalPage page = proposals.page(termId);
        ProposalPage.TypeChoice type = page.types().stream()
                .filter(t -> form.getAwardTypeId() != null && t.id() == form.getAwardTypeId())
                .findFirst()
                .orElse(null);
        if (type == null && !errors.hasFieldErrors("awardTypeId")) {
            errors.rejectValue("awardTypeId", "proposal.item.typeRequired");
        }
        if ((form.getUnitId() == null || !page.clusterYear().hasMember(form.getUnitId()))
                && !errors.hasFieldErrors("unitId")) {
            errors.rejectValue("unitId", "proposal.item.unitRequired");
        }
        if (TextInput.check(errors, "summary", form.getSummary(), ProposalItem.SUMMARY_MAX, true)
                && (form.getSummary() == null || form.getSummary().isBlank())) {
            errors.rejectValue("summary", "proposal.item.summaryRequired");
        }
        Gender gender = null;
        LocalDate birthDate = null;
        boolean individual = type != null && type.individual();
        if (TextInput.check(errors, "personName", form.getPersonName(), ProposalItem.NAME_MAX, false)
                && individual
                && blank(form.getPersonName())) {
            errors.rejectValue("personName", "proposal.item.personNameRequired");
        }
        if (TextInput.check(errors, "personPosition", form.getPersonPosition(), ProposalItem.POSITION_MAX, false)
                && individual
                && blank(form.getPersonPosition())) {
            errors.rejectValue("personPosition", "proposal.item.positionRequired");
        }
        if (!blank(form.getPersonGender())) {
            gender = switch (form.getPersonGender()) {
                case "MALE" -> Gender.MALE;
                case "FEMALE" -> Gender.FEMALE;
                default -> null;
            };
            if (gender == null) {
                errors.rejectValue("personGender", "proposal.item.genderRequired");
            }
        } else if (individual) {
            errors.rejectValue("personGender", "proposal.item.genderRequired");
        }
        if (!blank(form.getPersonBirthDate())) {
            birthDate = parseBirthDate(form.getPersonBirthDate());
            if (birthDate == null) {
                errors.rejectValue("personBirthDate", "proposal.item.birthDateInvalid");
            }
        }
        if (form.getVersion() == null && !errors.hasFieldErrors("version")) {
            errors.reject("error.conflict");
        }
        if (!errors.hasErrors()) {
            try {
                ProposalItem.Person person = individual
                        ? new ProposalItem.Person(form.getPersonName(), form.getPersonPosition(), gender, birthDate)
                        : null;
                proposals.addItem(
                        termId,
                        form.getVersion(),
                        new ItemCommand(type.id(), form.getUnitId(), person, form.getSummary()));
                Flash.success(redirect, "proposal.item.added");
                return redirect(termId);
            } catch (ObjectOptimisticLockingFailureException e) {
                errors.reject("error.conflict");
            } catch (ProposalException e) {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        return page(termId, model, request, form, null, null);
    }

    @PostMapping("/proposals/term/{termId}/items/{itemId}")
    String editItem(
            @PathVariable long termId,
            @PathVariable long itemId,
            @ModelAttribute("editForm") ItemForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        proposals.requireEditor(termId);
        ProposalPage page = proposals.page(termId);
        ProposalPage.ItemRow row = page.items().stream()
                .filter(r -> r.item().getId() == itemId)
                .findFirst()
                .orElse(null);
        if (row == null) {
            Flash.error(redirect, "proposal.item.gone");
            return redirect(termId);
        }
        boolean individual = row.item().isIndividual();
        if (TextInput.check(errors, "summary", form.getSummary(), ProposalItem.SUMMARY_MAX, true)
                && blank(form.getSummary())) {
            errors.rejectValue("summary", "proposal.item.summaryRequired");
        }
        Gender gender = null;
        LocalDate birthDate = null;
        if (individual) {
            if (TextInput.check(errors, "personName", form.getPersonName(), ProposalItem.NAME_MAX, false)
                    && blank(form.getPersonName())) {
                errors.rejectValue("personName", "proposal.item.personNameRequired");
            }
            if (TextInput.check(errors, "personPosition", form.getPersonPosition(), ProposalItem.POSITION_MAX, false)
                    && blank(form.getPersonPosition())) {
                errors.rejectValue("personPosition", "proposal.item.positionRequired");
            }
            gender = "MALE".equals(form.getPersonGender())
                    ? Gender.MALE
                    : "FEMALE".equals(form.getPersonGender()) ? Gender.FEMALE : null;
            if (gender == null) {
                errors.rejectValue("personGender", "proposal.item.genderRequired");
            }
            if (TextInput.check(errors, "personBirthDate", form.getPersonBirthDate(), 10, false)
                    && !blank(form.getPersonBirthDate())) {
                birthDate = parseBirthDate(form.getPersonBirthDate());
                if (birthDate == null) {
                    errors.rejectValue("personBirthDate", "proposal.item.birthDateInvalid");
                }
            }
        }
        if (form.getVersion() == null && !errors.hasFieldErrors("version")) {
            errors.reject("error.conflict");
        }
        if (!errors.hasErrors()) {
            try {
                proposals.editItem(
                        termId,
                        itemId,
                        form.getVersion(),
                        individual
                                ? new ProposalItem.Person(
                                        form.getPersonName(), form.getPersonPosition(), gender, birthDate)
                                : null,
                        form.getSummary());
                Flash.success(redirect, "proposal.item.edited");
                return redirect(termId);
            } catch (ObjectOptimisticLockingFailureException e) {
                errors.reject("error.conflict");
            } catch (ProposalException e) {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        Locale locale = RequestContextUtils.getLocale(request);
        java.util.Map<String, String> fieldErrors = new java.util.LinkedHashMap<>();
        errors.getFieldErrors().forEach(e -> fieldErrors.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
        List<String> formErrors = new java.util.ArrayList<>();
        errors.getGlobalErrors().forEach(e -> formErrors.add(messages.getMessage(e, locale)));
        if (fieldErrors.containsKey("version")) {
            formErrors.add(messages.getMessage("error.form.hiddenField", null, locale));
        }
        model.addAttribute("editItemId", itemId);
        model.addAttribute("editValues", form);
        model.addAttribute("editErrors", fieldErrors);
        model.addAttribute("editFormErrors", formErrors);
        return page(termId, model, request, null, null, null);
    }

    @PostMapping("/proposals/term/{termId}/items/{itemId}/delete")
    String removeItem(
            @PathVariable long termId,
            @PathVariable long itemId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return act(
                termId,
                redirect,
                "proposal.item.removed",
                () -> proposals.removeItem(termId, itemId, versionSeen(version)));
    }

    @PostMapping("/proposals/term/{termId}/submission")
    String saveSubmission(
            @PathVariable long termId,
            @ModelAttribute("submissionForm") SubmissionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        proposals.requireEditor(termId);
        if (TextInput.check(errors, "recipient", form.getRecipient(), Proposal.RECIPIENT_MAX, false)
                && blank(form.getRecipient())) {
            errors.rejectValue("recipient", "proposal.submission.recipientRequired");
        }
        if (TextInput.check(errors, "body", form.getBody(), Proposal.BODY_MAX, true) && blank(form.getBody())) {
            errors.rejectValue("body", "proposal.submission.bodyRequired");
        }
        if (form.getVersion() == null && !errors.hasFieldErrors("version")) {
            errors.reject("error.conflict");
        }
        if (!errors.hasErrors()) {
            try {
                proposals.saveSubmission(termId, form.getVersion(), form.getRecipient(), form.getBody());
                Flash.success(redirect, "proposal.submission.saved");
                return redirect(termId);
            } catch (ObjectOptimisticLockingFailureException e) {
                errors.reject("error.conflict");
            } catch (ProposalException e) {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        return page(termId, model, request, null, form, null);
    }

    @PostMapping("/proposals/term/{termId}/documents")
    String attach(
            @PathVariable long termId,
            @ModelAttribute("documentForm") DocumentForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect)
            throws IOException {
        // Permission first: nobody else's upload is read.
        proposals.requireEditor(termId);
        ProposalDocumentKind kind = null;
        for (ProposalDocumentKind candidate : ProposalDocumentKind.values()) {
            if (candidate.name().equals(form.getKind())) {
                kind = candidate;
            }
        }
        if (kind == null) {
            errors.rejectValue("kind", "proposal.document.kindRequired");
        } else if (kind.perItem() && form.getItemId() == null && !errors.hasFieldErrors("itemId")) {
            errors.rejectValue("itemId", "proposal.document.itemRequired");
        }
        if (TextInput.check(errors, "name", form.getName(), ProposalDocument.NAME_MAX, false)
                && kind == ProposalDocumentKind.OTHER
                && blank(form.getName())) {
            errors.rejectValue("name", "proposal.document.nameRequired");
        }
        if (file == null || file.isEmpty()) {
            errors.rejectValue("kind", "proposal.file.empty");
        } else if (file.getSize() > ProposalDocument.MAX_BYTES) {
            errors.rejectValue(
                    "kind", "proposal.file.tooLarge", new Object[] {ProposalDocument.MAX_BYTES / 1048576}, null);
        }
        if (form.getVersion() == null && !errors.hasFieldErrors("version")) {
            errors.reject("error.conflict");
        }
        if (!errors.hasErrors()) {
            try {
                proposals.attach(
                        termId,
                        form.getVersion(),
                        kind,
                        form.getItemId(),
                        form.getName(),
                        file.getOriginalFilename(),
                        file.getBytes());
                Flash.success(redirect, "proposal.document.added");
                return redirect(termId);
            } catch (ObjectOptimisticLockingFailureException e) {
                errors.reject("error.conflict");
            } catch (ProposalException e) {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        return page(termId, model, request, null, null, form);
    }

    @PostMapping("/proposals/term/{termId}/documents/{documentId}/delete")
    String removeDocument(
            @PathVariable long termId,
            @PathVariable long documentId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return act(
                termId,
                redirect,
                "proposal.document.removed",
                () -> proposals.removeDocument(termId, documentId, versionSeen(version)));
    }

    @PostMapping("/proposals/term/{termId}/submit")
    String submit(
            @PathVariable long termId, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(termId, redirect, "proposal.submitted", () -> proposals.submit(termId, versionSeen(version)));
    }

    // ---------------------------------------------------------------- helpers

    /** Runs a button's action and leads back to the proposal with its outcome (a stale version is a conflict). */
    private String act(long termId, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, successKey);
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        } catch (ProposalException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return redirect(termId);
    }

    /** The version the page was built on; a missing one never matches, so the change is refused as a conflict. */
    private static long versionSeen(Long version) {
        return version == null ? -1 : version;
    }

    private String page(
            long termId,
            Model model,
            HttpServletRequest request,
            ItemForm itemForm,
            SubmissionForm submissionForm,
            DocumentForm documentForm) {
        ProposalPage page = proposals.page(termId);
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("page", page);
        model.addAttribute("year", page.clusterYear());
        model.addAttribute(
                "failures",
                page.failures().stream()
                        .map(f -> messages.getMessage(f.key(), f.arguments(), locale))
                        .toList());
        model.addAttribute("genders", List.of(Gender.values()));
        model.addAttribute("documentKinds", List.of(ProposalDocumentKind.values()));
        model.addAttribute("recipientMax", Proposal.RECIPIENT_MAX);
        model.addAttribute("bodyMax", Proposal.BODY_MAX);
        model.addAttribute("summaryMax", ProposalItem.SUMMARY_MAX);
        model.addAttribute("nameMax", ProposalItem.NAME_MAX);
        model.addAttribute("positionMax", ProposalItem.POSITION_MAX);
        model.addAttribute("documentNameMax", ProposalDocument.NAME_MAX);
        model.addAttribute("maxMegabytes", ProposalDocument.MAX_BYTES / (1024 * 1024));
        model.addAttribute("openItem", itemForm != null);
        model.addAttribute("openSubmission", submissionForm != null);
        model.addAttribute("openDocument", documentForm != null);
        if (itemForm == null) {
            itemForm = new ItemForm();
            itemForm.setVersion(page.version());
        }
        if (submissionForm == null) {
            submissionForm = new SubmissionForm();
            submissionForm.setRecipient(
                    page.proposal().map(Proposal::getSubmissionRecipient).orElse(""));
            submissionForm.setBody(
                    page.proposal().map(Proposal::getSubmissionBody).orElse(""));
            submissionForm.setVersion(page.version());
        }
        if (documentForm == null) {
            documentForm = new DocumentForm();
            documentForm.setVersion(page.version());
        }
        model.addAttribute("itemForm", itemForm);
        model.addAttribute("submissionForm", submissionForm);
        model.addAttribute("documentForm", documentForm);
        return PAGE;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalDate parseBirthDate(String text) {
        try {
            LocalDate date = DisplayFormat.parseDate(text.strip());
            return date == null || date.getYear() < 1900 || date.isAfter(LocalDate.now()) ? null : date;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String redirect(long termId) {
        return "redirect:/proposals/term/" + termId;
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
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
