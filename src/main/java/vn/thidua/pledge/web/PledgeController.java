package vn.thidua.pledge.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.Flash;
import vn.thidua.common.PageRequests;
import vn.thidua.common.SearchText;
import vn.thidua.common.TextInput;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.pledge.DraftSource;
import vn.thidua.pledge.PledgeException;
import vn.thidua.pledge.PledgeField;
import vn.thidua.pledge.PledgeOverviewRow;
import vn.thidua.pledge.PledgeService;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.pledge.PledgeView;
import vn.thidua.pledge.web.ActionForms.DeclineForm;
import vn.thidua.pledge.web.ActionForms.OpenForm;
import vn.thidua.pledge.web.ActionForms.SignForm;
import vn.thidua.pledge.web.ActionForms.WithdrawForm;

/**
 * Pages of pledges. Stable addresses: {@code /pledges?year=} (overview), {@code /pledges/term/{termId}} (the pledge
 * of a cluster-year, or the page to draft it), {@code /pledges/{id}} (text, progress, actions),
 * {@code /pledges/{id}/edit}, {@code /pledges/{id}/sign}, {@code /verify/{code}} (public check).
 */
@Controller
class PledgeController {

    static final String LIST = "pledge/list";
    static final String TERM = "pledge/term";
    static final String SHOW = "pledge/show";
    static final String EDIT = "pledge/edit";
    static final String SIGN = "pledge/sign";

    /** Reasons are kept in varchar(2000) columns. */
    static final int REASON_MAX = 2000;

    static final Set<String> SORTABLE = Set.of("cluster", "status", "progress");

    private final PledgeService pledges;

    PledgeController(PledgeService pledges) {
        this.pledges = pledges;
    }

    @InitBinder
    void forbidId(WebDataBinder binder) {
        binder.setDisallowedFields("id", "*.id");
    }

    // ---------------------------------------------------------------- overview

    @GetMapping("/pledges")
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort,
            Model model) {
        int shownYear = year == null || year < 2000 || year > 2100 ? pledges.workingYear() : year;
        List<PledgeOverviewRow> all = pledges.overview(shownYear);
        String pattern = SearchText.key(q);
        List<PledgeOverviewRow> rows = all.stream()
                .filter(row -> pattern.isEmpty()
                        || SearchText.key(row.clusterName()).contains(pattern)
                        || SearchText.key(row.clusterCode()).contains(pattern))
                .filter(row -> status == null
                        || status.isBlank()
                        || ("NONE".equals(status)
                                ? row.pledgeStatus() == null
                                : row.pledgeStatus() != null
                                        && row.pledgeStatus().name().equals(status)))
                .sorted(comparator(sort))
                .toList();
        int size = PageRequests.DEFAULT_SIZE;
        // A page past the end shows the last one.
        int number = Math.min(PageRequests.page(page), Math.max((rows.size() - 1) / size, 0));
        int from = number * size;
        Page<PledgeOverviewRow> shown = new PageImpl<>(
                rows.subList(from, Math.min(from + size, rows.size())), PageRequest.of(number, size), rows.size());
        model.addAttribute("page", shown);
        model.addAttribute("year", shownYear);
        model.addAttribute("q", SearchText.clean(q));
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of(PledgeStatus.DRAFT, PledgeStatus.OPEN, PledgeStatus.COMPLETED));
        model.addAttribute("total", all.size());
        model.addAttribute(
                "completed",
                all.stream()
                        .filter(r -> r.pledgeStatus() == PledgeStatus.COMPLETED)
                        .count());
        model.addAttribute(
                "open",
                all.stream().filter(r -> r.pledgeStatus() == PledgeStatus.OPEN).count());
        return LIST;
    }

    private static Comparator<PledgeOverviewRow> comparator(String sort) {
        Comparator<PledgeOverviewRow> byCluster = Comparator.comparing(row -> SearchText.key(row.clusterName()));
        if (sort == null || sort.isBlank()) {
            return byCluster;
        }
        String[] parts = sort.split(",");
        Comparator<PledgeOverviewRow> chosen = switch (parts[0]) {
            case "status" ->
                Comparator.comparing((PledgeOverviewRow row) ->
                        row.pledgeStatus() == null ? -1 : row.pledgeStatus().ordinal());
            case "progress" ->
                Comparator.comparingDouble(
                        (PledgeOverviewRow row) -> row.members() == 0 ? 0 : (double) row.signed() / row.members());
            default -> byCluster;
        };
        if (parts.length > 1 && "desc".equalsIgnoreCase(parts[1])) {
            chosen = chosen.reversed();
        }
        return chosen.thenComparing(byCluster);
    }

    // ---------------------------------------------------------------- a cluster-year's pledge

    @GetMapping("/pledges/term/{termId}")
    String term(@PathVariable long termId, Model model) {
        var existing = pledges.pledgeOfTerm(termId);
        if (existing.isPresent()) {
            return "redirect:/pledges/" + existing.get();
        }
        model.addAttribute("start", pledges.start(termId));
        return TERM;
    }

    @PostMapping("/pledges/term/{termId}/draft")
    String draft(
            @PathVariable long termId,
            @RequestParam(defaultValue = "TEMPLATE") DraftSource source,
            RedirectAttributes redirect) {
        long id = pledges.createDraft(termId, source).getId();
        Flash.success(redirect, "pledge.drafted");
        return "redirect:/pledges/" + id + "/edit";
    }

    @GetMapping("/pledges/{id}")
    String show(@PathVariable long id, Model model) {
        PledgeView view = pledges.view(id);
        return showView(view, model, null, null);
    }

    private String showView(PledgeView view, Model model, OpenForm open, WithdrawForm withdraw) {
        model.addAttribute("view", view);
        model.addAttribute("pledge", view.pledge());
        if (open == null) {
            open = new OpenForm();
            open.setVersion(view.pledge().getVersion());
        }
        if (withdraw == null) {
            withdraw = new WithdrawForm();
            withdraw.setVersion(view.pledge().getVersion());
        }
        if (!model.containsAttribute("openForm")) {
            model.addAttribute("openForm", open);
        }
        if (!model.containsAttribute("withdrawForm")) {
            model.addAttribute("withdrawForm", withdraw);
        }
        return SHOW;
    }

    // ---------------------------------------------------------------- drafting

    @GetMapping("/pledges/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        PledgeView view = pledges.editable(id);
        PledgeForm form = PledgeForm.of(view.pledge(), locale);
        if (form.getTargets().isEmpty()) {
            form.getTargets().add(new PledgeForm.TargetRow());
        }
        model.addAttribute("form", form);
        return editView(view, model);
    }

    @PostMapping("/pledges/{id}/edit")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") PledgeForm form,
            BindingResult errors,
            @RequestParam(required = false) PledgeField addTarget,
            @RequestParam(required = false) Integer removeTarget,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        PledgeView view = pledges.editable(id);
        if (addTarget != null) {
            PledgeForm.TargetRow row = new PledgeForm.TargetRow();
            row.setField(addTarget);
            form.getTargets().add(row);
            return editView(view, model);
        }
        if (removeTarget != null) {
            if (removeTarget >= 0 && removeTarget < form.getTargets().size()) {
                form.getTargets().remove((int) removeTarget);
            }
            return editView(view, model);
        }
        var content = form.toContent(errors, locale);
        if (errors.hasErrors()) {
            errors.reject("pledge.form.hasErrors");
            return editView(view, model);
        }
        try {
            pledges.saveDraft(id, form.getVersion(), content);
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.reject("error.conflict");
            model.addAttribute("conflict", true);
            // The next save is a deliberate one, made after seeing the warning.
            form.setVersion(pledges.view(id).pledge().getVersion());
            return editView(view, model);
        } catch (PledgeException e) {
            errors.reject(e.getMessageKey(), e.getArguments(), null);
            return editView(view, model);
        }
        Flash.success(redirect, "pledge.saved");
        return "redirect:/pledges/" + id;
    }

    private String editView(PledgeView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("pledge", view.pledge());
        model.addAttribute("fields", PledgeField.values());
        model.addAttribute(
                "members",
                view.clusterYear().members().stream()
                        .sorted(Comparator.comparing(ClusterYearMember::unitName))
                        .toList());
        return EDIT;
    }

    // ---------------------------------------------------------------- opening and withdrawing

    @PostMapping("/pledges/{id}/open")
    String open(
            @PathVariable long id,
            @ModelAttribute("openForm") OpenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate deadline = null;
        if (form.getDeadline() == null || form.getDeadline().isBlank()) {
            errors.rejectValue("deadline", "pledge.deadline.required");
        } else {
            try {
                deadline = DisplayFormat.parseDate(form.getDeadline());
            } catch (DateTimeParseException e) {
                errors.rejectValue("deadline", "pledge.deadline.invalid", new Object[] {form.getDeadline()}, null);
            }
        }
        if (!errors.hasErrors()) {
            try {
                pledges.open(id, form.getVersion(), deadline);
                Flash.success(redirect, "pledge.opened");
                return "redirect:/pledges/" + id;
            } catch (ObjectOptimisticLockingFailureException e) {
                errors.reject("error.conflict");
            } catch (PledgeException e) {
                if (e.getMessageKey().startsWith("pledge.deadline")) {
                    errors.rejectValue("deadline", e.getMessageKey(), e.getArguments(), null);
                } else {
                    errors.reject(e.getMessageKey(), e.getArguments(), null);
                }
            }
        }
        return showView(pledges.view(id), model, form, null);
    }

    @PostMapping("/pledges/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @ModelAttribute("withdrawForm") WithdrawForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!TextInput.check(errors, "reason", form.getReason(), REASON_MAX, true)) {
            return showView(pledges.view(id), model, null, form);
        }
        try {
            pledges.withdraw(id, form.getVersion(), form.getReason());
            Flash.success(redirect, "pledge.withdrawn");
            return "redirect:/pledges/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.reject("error.conflict");
        } catch (PledgeException e) {
            if (e.getMessageKey().equals("pledge.withdraw.reasonRequired")) {
                errors.rejectValue("reason", e.getMessageKey());
            } else {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        return showView(pledges.view(id), model, null, form);
    }

    @PostMapping("/pledges/{id}/remind")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int told = pledges.remind(id);
            Flash.success(redirect, "pledge.reminded", told);
        } catch (PledgeException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/pledges/" + id;
    }

    // ---------------------------------------------------------------- answering

    @GetMapping("/pledges/{id}/sign")
    String signPage(@PathVariable long id, Model model, RedirectAttributes redirect) {
        PledgeView view = pledges.view(id);
        if (view.pledge().getStatus() != PledgeStatus.OPEN) {
            // A link to sign a pledge that is completed (or back in draft) leads to the pledge, not to a dead end.
            Flash.error(redirect, "pledge.sign.closed");
            return "redirect:/pledges/" + id;
        }
        if (!view.can().answer()) {
            // A unit that has signed already is shown the pledge with its signature, not refused.
            var signed =
                    view.signatureOf(vn.thidua.access.CurrentUsers.require().unitId());
            if (signed.isPresent()) {
                Flash.info(
                        redirect,
                        "pledge.sign.alreadySigned",
                        signed.get().getUnitName(),
                        DisplayFormat.DATE_TIME.format(signed.get().getAnsweredAtLocal()),
                        signed.get().getSignerName());
                return "redirect:/pledges/" + id;
            }
        }
        requireAnswering(view);
        SignForm sign = new SignForm();
        sign.setTextHash(view.pledge().getTextHash());
        DeclineForm decline = new DeclineForm();
        decline.setTextHash(view.pledge().getTextHash());
        model.addAttribute("signForm", sign);
        model.addAttribute("declineForm", decline);
        return signView(view, model);
    }

    @PostMapping("/pledges/{id}/sign")
    String sign(
            @PathVariable long id,
            @ModelAttribute("signForm") SignForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        try {
            var signature = pledges.sign(id, form.getTextHash(), form.getPassword(), request.getRemoteAddr());
            Flash.success(
                    redirect,
                    signature.getRole() == vn.thidua.pledge.SignatureRole.HEAD
                            ? "pledge.countersigned"
                            : "pledge.signed");
            return "redirect:/pledges/" + id;
        } catch (PledgeException e) {
            if (e.getMessageKey().equals("pledge.sign.badPassword")) {
                errors.rejectValue("password", e.getMessageKey());
            } else {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        form.setPassword(null);
        PledgeView view = pledges.view(id);
        // The text may have changed since the page was loaded: the signer now sees, and would sign, the new one.
        form.setTextHash(view.pledge().getTextHash());
        DeclineForm decline = new DeclineForm();
        decline.setTextHash(view.pledge().getTextHash());
        model.addAttribute("declineForm", decline);
        return signView(view, model);
    }

    @PostMapping("/pledges/{id}/decline")
    String decline(
            @PathVariable long id,
            @ModelAttribute("declineForm") DeclineForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (TextInput.check(errors, "reason", form.getReason(), REASON_MAX, true)) {
                pledges.decline(id, form.getTextHash(), form.getReason(), request.getRemoteAddr());
                Flash.success(redirect, "pledge.declined");
                return "redirect:/pledges/" + id;
            }
        } catch (PledgeException e) {
            if (e.getMessageKey().equals("pledge.decline.reasonRequired")) {
                errors.rejectValue("reason", e.getMessageKey());
            } else {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        PledgeView view = pledges.view(id);
        form.setTextHash(view.pledge().getTextHash());
        SignForm sign = new SignForm();
        sign.setTextHash(view.pledge().getTextHash());
        model.addAttribute("signForm", sign);
        return signView(view, model);
    }

    private static PledgeView requireAnswering(PledgeView view) {
        if (!view.can().answer()) {
            if (view.pledge().getStatus() != PledgeStatus.OPEN) {
                throw new PledgeException("pledge.notOpen");
            }
            throw new org.springframework.security.access.AccessDeniedException("not a signer of this pledge");
        }
        return view;
    }

    private String signView(PledgeView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("pledge", view.pledge());
        return SIGN;
    }

    static Locale locale(HttpServletRequest request) {
        return org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
    }
}
