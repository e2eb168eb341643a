package vn.thidua.award.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.thidua.award.decision.DecisionHeader;
import vn.thidua.award.onward.OnwardDocuments;
import vn.thidua.award.onward.OnwardException;
import vn.thidua.award.onward.OnwardItem;
import vn.thidua.award.onward.OnwardPage;
import vn.thidua.award.onward.OnwardProposal;
import vn.thidua.award.onward.OnwardService;
import vn.thidua.award.proposal.ReviewOutcome;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.Flash;
import vn.thidua.common.TextInput;

/**
 * Onward proposals of national awards: the province's page of a year ({@code /onward}), a proposal's page
 * ({@code /onward/{id}}) where the province drafts and submits and the central council reviews and decides, its
 * national dossier, and the council's queue ({@code /onward/review}).
 */
@Controller
class OnwardProposalController {

    static final String PAGE = "award/onward/show";
    static final String QUEUE = "award/onward/review";

    private final OnwardService onward;
    private final OnwardDocuments documents;
    private final MessageSource messages;

    OnwardProposalController(OnwardService onward, OnwardDocuments documents, MessageSource messages) {
        this.onward = onward;
        this.documents = documents;
        this.messages = messages;
    }

    @InitBinder
    void forbidId(WebDataBinder binder) {
        binder.setDisallowedFields("id", "*.id");
    }

    // ---------------------------------------------------------------- reading

    @GetMapping("/onward")
    String province(@RequestParam(required = false) Integer year, Model model, HttpServletRequest request) {
        if (onward.isCentralStaff()) {
            return "redirect:/onward/review";
        }
        int shown = year == null || year < 2000 || year > 2100 ? onward.workingYear() : year;
        return render(onward.provincePage(shown), model, request);
    }

    @GetMapping("/onward/{id}")
    String show(@PathVariable long id, Model model, HttpServletRequest request) {
        return render(onward.show(id), model, request);
    }

    @GetMapping("/onward/review")
    String queue(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? onward.workingYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("rows", onward.received(shown));
        return QUEUE;
    }

    @GetMapping("/onward/{id}/submission.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return download(documents.pdf(id), MediaType.APPLICATION_PDF, "to-trinh-khen-thuong-cap-nha-nuoc.pdf");
    }

    @GetMapping("/onward/{id}/submission.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return download(documents.docx(id), ProposalController.DOCX, "to-trinh-khen-thuong-cap-nha-nuoc.docx");
    }

    // ---------------------------------------------------------------- the province

    @PostMapping("/onward/start")
    String start(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        try {
            long id = onward.start(year == null ? -1 : year);
            Flash.success(redirect, "onward.started");
            return "redirect:/onward/" + id;
        } catch (OnwardException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
            return "redirect:/onward";
        }
    }

    @PostMapping("/onward/{id}/items")
    String addItem(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) Long typeId,
            @RequestParam(required = false) Long basisAwardId,
            RedirectAttributes redirect) {
        return act(id, redirect, "onward.item.added", () -> {
            if (typeId == null || basisAwardId == null) {
                throw new OnwardException("onward.item.notCandidate");
            }
            onward.addItem(id, seen(version), typeId, basisAwardId);
        });
    }

    @PostMapping("/onward/{id}/items/{itemId}")
    String editItem(
            @PathVariable long id,
            @PathVariable long itemId,
            @ModelAttribute("itemForm") OnwardForms.Item form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (TextInput.check(errors, "summary", form.getSummary(), OnwardItem.SUMMARY_MAX, true)
                && blank(form.getSummary())) {
            errors.rejectValue("summary", "onward.item.summaryRequired");
        }
        if (!errors.hasErrors()
                && done(
                        errors,
                        redirect,
                        "onward.item.edited",
                        () -> onward.editItem(id, itemId, seen(form.getVersion()), form.getSummary()))) {
            return redirect(id);
        }
        itemErrors(model, request, "editItemId", itemId, form, errors);
        return render(onward.show(id), model, request);
    }

    @PostMapping("/onward/{id}/items/{itemId}/delete")
    String removeItem(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return act(id, redirect, "onward.item.removed", () -> onward.removeItem(id, itemId, seen(version)));
    }

    @PostMapping("/onward/{id}/submission")
    String saveSubmission(
            @PathVariable long id,
            @ModelAttribute("submissionForm") OnwardForms.Submission form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (TextInput.check(errors, "recipient", form.getRecipient(), OnwardProposal.RECIPIENT_MAX, false)
                && blank(form.getRecipient())) {
            errors.rejectValue("recipient", "onward.submission.recipientRequired");
        }
        if (TextInput.check(errors, "body", form.getBody(), OnwardProposal.BODY_MAX, true) && blank(form.getBody())) {
            errors.rejectValue("body", "onward.submission.bodyRequired");
        }
        if (!errors.hasErrors()
                && done(
                        errors,
                        redirect,
                        "onward.submission.saved",
                        () -> onward.saveSubmission(
                                id, seen(form.getVersion()), form.getRecipient(), form.getBody()))) {
            return redirect(id);
        }
        model.addAttribute("openSubmission", true);
        return render(onward.show(id), model, request);
    }

    @PostMapping("/onward/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "onward.submitted", () -> onward.submit(id, seen(version)));
    }

    // ---------------------------------------------------------------- the central council

    @PostMapping("/onward/{id}/items/{itemId}/judge")
    String judge(
            @PathVariable long id,
            @PathVariable long itemId,
            @ModelAttribute("itemForm") OnwardForms.Item form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        ReviewOutcome outcome = "ACCEPTED".equals(form.getOutcome())
                ? ReviewOutcome.ACCEPTED
                : "REJECTED".equals(form.getOutcome()) ? ReviewOutcome.REJECTED : null;
        if (outcome == null) {
            errors.rejectValue("outcome", "onward.review.outcomeRequired");
        }
        if (TextInput.check(errors, "reason", form.getReason(), OnwardItem.REASON_MAX, true)
                && outcome == ReviewOutcome.REJECTED
                && blank(form.getReason())) {
            errors.rejectValue("reason", "onward.review.reasonRequired");
        }
        if (!errors.hasErrors()
                && done(
                        errors,
                        redirect,
                        "onward.review.judged",
                        () -> onward.judge(id, itemId, seen(form.getVersion()), outcome, form.getReason()))) {
            return redirect(id);
        }
        itemErrors(model, request, "judgeItemId", itemId, form, errors);
        return render(onward.show(id), model, request);
    }

    @PostMapping("/onward/{id}/return")
    String returnForCorrection(
            @PathVariable long id,
            @ModelAttribute("returnForm") OnwardForms.Return form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (TextInput.check(errors, "comment", form.getComment(), OnwardProposal.COMMENT_MAX, true)
                && blank(form.getComment())) {
            errors.rejectValue("comment", "onward.return.commentRequired");
        }
        if (!errors.hasErrors()
                && done(
                        errors,
                        redirect,
                        "onward.returned",
                        () -> onward.returnForCorrection(id, seen(form.getVersion()), form.getComment()))) {
            return redirect(id);
        }
        model.addAttribute("openReturn", true);
        return render(onward.show(id), model, request);
    }

    @PostMapping("/onward/{id}/conclude")
    String conclude(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "onward.reviewed", () -> onward.conclude(id, seen(version)));
    }

    @PostMapping("/onward/{id}/decision")
    String decide(
            @PathVariable long id,
            @ModelAttribute("decisionForm") OnwardForms.Decision form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        LocalDate decidedOn = null;
        if (TextInput.check(errors, "decidedOn", form.getDecidedOn(), 10, false) && !blank(form.getDecidedOn())) {
            try {
                decidedOn = DisplayFormat.parseDate(form.getDecidedOn());
            } catch (DateTimeParseException e) {
                errors.rejectValue("decidedOn", "onward.decide.dateInvalid");
            }
        }
        DecisionHeader header = new DecisionHeader(
                form.getNumber(),
                decidedOn,
                form.getAuthority(),
                form.getSignerName(),
                form.getSignerTitle(),
                form.getSubject());
        for (OnwardService.FieldProblem p : onward.problems(header)) {
            if (!errors.hasFieldErrors(p.field())) {
                errors.rejectValue(p.field(), p.key(), p.args(), null);
            }
        }
        if (!errors.hasErrors()) {
            try {
                onward.decide(id, seen(form.getVersion()), header);
                Flash.success(redirect, "onward.decided");
                return redirect(id);
            } catch (ObjectOptimisticLockingFailureException e) {
                errors.reject("error.conflict");
            } catch (OnwardService.DecisionInvalid e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), p.key(), p.args(), null));
            } catch (OnwardException e) {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        model.addAttribute("openDecision", true);
        return render(onward.show(id), model, request);
    }

    // ---------------------------------------------------------------- helpers

    private String render(OnwardPage page, Model model, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("page", page);
        model.addAttribute(
                "failures",
                page.failures().stream()
                        .map(f -> messages.getMessage(f.key(), f.arguments(), locale))
                        .toList());
        OnwardProposal proposal = page.proposal().orElse(null);
        if (!model.containsAttribute("submissionForm")) {
            OnwardForms.Submission form = new OnwardForms.Submission();
            if (proposal != null) {
                form.setVersion(proposal.getVersion());
                form.setRecipient(proposal.getSubmissionRecipient());
                form.setBody(proposal.getSubmissionBody());
            }
            model.addAttribute("submissionForm", form);
        }
        if (!model.containsAttribute("returnForm")) {
            OnwardForms.Return form = new OnwardForms.Return();
            form.setVersion(page.version());
            model.addAttribute("returnForm", form);
        }
        if (!model.containsAttribute("decisionForm")) {
            OnwardForms.Decision form = new OnwardForms.Decision();
            form.setVersion(page.version());
            form.setAuthority(messages.getMessage("onward.decision.defaultAuthority", null, locale));
            form.setSignerTitle(messages.getMessage("onward.decision.defaultSignerTitle", null, locale));
            form.setSubject(messages.getMessage(
                    "onward.decision.defaultSubject", new Object[] {Integer.toString(page.year())}, locale));
            model.addAttribute("decisionForm", form);
        }
        model.addAttribute("summaryMax", OnwardItem.SUMMARY_MAX);
        model.addAttribute("reasonMax", OnwardItem.REASON_MAX);
        model.addAttribute("recipientMax", OnwardProposal.RECIPIENT_MAX);
        model.addAttribute("bodyMax", OnwardProposal.BODY_MAX);
        model.addAttribute("commentMax", OnwardProposal.COMMENT_MAX);
        model.addAttribute("numberMax", OnwardService.NUMBER_MAX);
        model.addAttribute("authorityMax", OnwardService.AUTHORITY_MAX);
        model.addAttribute("signerNameMax", OnwardService.SIGNER_NAME_MAX);
        model.addAttribute("signerTitleMax", OnwardService.SIGNER_TITLE_MAX);
        model.addAttribute("subjectMax", OnwardService.SUBJECT_MAX);
        return PAGE;
    }

    /** The errors of an item's small form, shown beside that item with what was typed. */
    private void itemErrors(
            Model model,
            HttpServletRequest request,
            String which,
            long itemId,
            OnwardForms.Item form,
            BindingResult errors) {
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errors.getFieldErrors().forEach(e -> fieldErrors.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
        List<String> formErrors = new ArrayList<>();
        errors.getGlobalErrors().forEach(e -> formErrors.add(messages.getMessage(e, locale)));
        if (fieldErrors.containsKey("version")) {
            formErrors.add(messages.getMessage("error.form.hiddenField", null, locale));
        }
        model.addAttribute(which, itemId);
        model.addAttribute("itemValues", form);
        model.addAttribute("itemErrors", fieldErrors);
        model.addAttribute("itemFormErrors", formErrors);
    }

    /**
     * Runs a form's action: on success flashes its message and answers true; a stale version or a refusal becomes the
     * form's error (the page is shown again with what was typed) and answers false.
     */
    private static boolean done(BindingResult errors, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, successKey);
            return true;
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.reject("error.conflict");
        } catch (OnwardException e) {
            errors.reject(e.getMessageKey(), e.getArguments(), null);
        }
        return false;
    }

    /** Runs a button's action and leads back to the proposal with its outcome (a stale version is a conflict). */
    private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, successKey);
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        } catch (OnwardException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return redirect(id);
    }

    /** The version the page was built on; a missing one never matches, so the change is refused as a conflict. */
    private static long seen(Long version) {
        return version == null ? -1 : version;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String redirect(long id) {
        return "redirect:/onward/" + id;
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(content);
    }
}
