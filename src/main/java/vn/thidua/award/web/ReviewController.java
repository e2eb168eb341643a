package vn.thidua.award.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
import vn.thidua.award.proposal.ProposalStatus;
import vn.thidua.award.proposal.ReviewOutcome;
import vn.thidua.award.review.ReviewPage;
import vn.thidua.award.review.ReviewService;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.common.PageRequests;
import vn.thidua.common.TextInput;

/**
 * The organiser's review of the proposals sent to it: the queue ({@code /review}) and the review page of one proposal
 * ({@code /review/proposals/{id}}) with its item-by-item recommendations and outcomes, the return for correction and
 * the conclusion.
 */
@Controller
class ReviewController {

    static final String QUEUE = "award/review/queue";
    static final String PAGE = "award/review/show";
    static final String RECOMMEND = "recommend";
    static final String JUDGE = "judge";
    static final List<ProposalStatus> SENT =
            List.of(ProposalStatus.SUBMITTED, ProposalStatus.RETURNED, ProposalStatus.REVIEWED);

    private final ReviewService reviews;
    private final MessageSource messages;

    ReviewController(ReviewService reviews, MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    @InitBinder
    void forbidId(WebDataBinder binder) {
        binder.setDisallowedFields("id", "*.id");
    }

    @GetMapping("/review")
    String queue(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status,
            @PageableDefault(size = PageRequests.DEFAULT_SIZE) Pageable pageable,
            Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? reviews.workingYear() : year;
        ProposalStatus filter = null;
        for (ProposalStatus candidate : SENT) {
            if (candidate.name().equals(status)) {
                filter = candidate;
            }
        }
        Pageable safe = PageRequests.safe(
                pageable, Set.of("submittedAt", "status"), Sort.by(Sort.Direction.ASC, "submittedAt"));
        model.addAttribute("year", shown);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("statuses", SENT);
        final ProposalStatus chosen = filter;
        model.addAttribute("page", PageRequests.within(safe, p -> reviews.queue(shown, chosen, p)));
        return QUEUE;
    }

    @GetMapping("/review/proposals/{id}")
    String show(@PathVariable long id, Model model, HttpServletRequest request) {
        return page(id, model, request, null);
    }

    @PostMapping("/review/proposals/{id}/items/{itemId}/recommend")
    String recommend(
            @PathVariable long id,
            @PathVariable long itemId,
            @ModelAttribute("form") ReviewForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return itemStep(id, itemId, RECOMMEND, form, errors, model, request, redirect);
    }

    @PostMapping("/review/proposals/{id}/items/{itemId}/judge")
    String judge(
            @PathVariable long id,
            @PathVariable long itemId,
            @ModelAttribute("form") ReviewForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return itemStep(id, itemId, JUDGE, form, errors, model, request, redirect);
    }

    @PostMapping("/review/proposals/{id}/return")
    String returnForCorrection(
            @PathVariable long id,
            @ModelAttribute("returnForm") ReviewForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        ReviewPage page = reviews.page(id);
        if (!page.canJudge()) {
            throw new AccessDeniedException("administrators only");
        }
        if (TextInput.check(errors, "comments", form.getComments(), ReviewService.COMMENTS_MAX, true)
                && (form.getComments() == null || form.getComments().isBlank())) {
            errors.rejectValue("comments", "review.return.commentsRequired");
        }
        if (form.getVersion() == null || form.getStamp() == null) {
            errors.reject("error.conflict");
        }
        if (!errors.hasErrors()) {
            try {
                reviews.returnForCorrection(id, form.getVersion(), form.getStamp(), form.getComments());
                Flash.success(redirect, "review.returned");
                return "redirect:/review/proposals/" + id;
            } catch (ObjectOptimisticLockingFailureException e) {
                errors.reject("review.error.stale");
            } catch (DomainException e) {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        model.addAttribute("openReturn", true);
        return page(id, model, request, form);
    }

    @PostMapping("/review/proposals/{id}/conclude")
    String conclude(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) Long stamp,
            RedirectAttributes redirect) {
        try {
            reviews.conclude(id, version == null ? -1 : version, stamp == null ? -1 : stamp);
            Flash.success(redirect, "review.concluded");
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "review.error.stale");
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/review/proposals/" + id;
    }

    // ---------------------------------------------------------------- helpers

    private String itemStep(
            long id,
            long itemId,
            String step,
            ReviewForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        ReviewPage page = reviews.page(id);
        if (!(RECOMMEND.equals(step) ? page.canRecommend() : page.canJudge())) {
            throw new AccessDeniedException("not allowed to " + step);
        }
        ReviewOutcome outcome = null;
        for (ReviewOutcome candidate : ReviewOutcome.values()) {
            if (candidate.name().equals(form.getOutcome())) {
                outcome = candidate;
            }
        }
        if (outcome == null) {
            errors.rejectValue("outcome", "review.error.outcomeRequired");
        }
        if (TextInput.check(errors, "reason", form.getReason(), ReviewService.REASON_MAX, true)
                && outcome == ReviewOutcome.REJECTED
                && (form.getReason() == null || form.getReason().isBlank())) {
            errors.rejectValue("reason", "review.error.reasonRequired");
        }
        if (form.getVersion() == null || form.getStamp() == null) {
            errors.reject("error.conflict");
        }
        if (!errors.hasErrors()) {
            try {
                if (RECOMMEND.equals(step)) {
                    reviews.recommend(id, itemId, form.getVersion(), form.getStamp(), outcome, form.getReason());
                    Flash.success(redirect, "review.recommended");
                } else {
                    reviews.judge(id, itemId, form.getVersion(), form.getStamp(), outcome, form.getReason());
                    Flash.success(redirect, "review.judged");
                }
                return "redirect:/review/proposals/" + id + "#item-" + itemId;
            } catch (ObjectOptimisticLockingFailureException e) {
                errors.reject("review.error.stale");
            } catch (DomainException e) {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errors.getFieldErrors().forEach(e -> fieldErrors.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
        List<String> formErrors = new ArrayList<>();
        errors.getGlobalErrors().forEach(e -> formErrors.add(messages.getMessage(e, locale)));
        for (String hidden : List.of("version", "stamp")) {
            if (fieldErrors.remove(hidden) != null && formErrors.isEmpty()) {
                formErrors.add(messages.getMessage("error.form.hiddenField", null, locale));
            }
        }
        model.addAttribute("formItemId", itemId);
        model.addAttribute("formStep", step);
        model.addAttribute("formValues", form);
        model.addAttribute("formErrors", fieldErrors);
        model.addAttribute("formGlobalErrors", formErrors);
        return page(id, model, request, null);
    }

    private String page(long id, Model model, HttpServletRequest request, ReviewForm returnForm) {
        ReviewPage page = reviews.page(id);
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("page", page);
        model.addAttribute("year", page.clusterYear());
        model.addAttribute(
                "failures",
                page.failures().stream()
                        .map(f -> messages.getMessage(f.key(), f.arguments(), locale))
                        .toList());
        model.addAttribute("outcomes", List.of(ReviewOutcome.values()));
        model.addAttribute("reasonMax", ReviewService.REASON_MAX);
        model.addAttribute("commentsMax", ReviewService.COMMENTS_MAX);
        if (returnForm == null) {
            returnForm = new ReviewForm();
        }
        // The form always carries the state shown now: sending it again after a conflict is a deliberate choice.
        returnForm.setVersion(page.version());
        returnForm.setStamp(page.stamp());
        model.addAttribute("returnForm", returnForm);
        return PAGE;
    }
}
