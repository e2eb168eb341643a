package vn.thidua.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.PageRequests;

/** The audit trail of the person's organiser, newest first, for provincial staff. Read only: there is nothing to post. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    static final String VIEW = "audit/list";

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @InitBinder("filter")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("actor", "entityType", "action", "from", "to");
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") AuditFilterForm filter,
            BindingResult result,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (filter.getFrom() != null && filter.getTo() != null && filter.getTo().isBefore(filter.getFrom())) {
            result.rejectValue("to", "audit.filter.toBeforeFrom");
        }
        // A date that could not be read is left out of the search; its field shows why.
        model.addAttribute("events", audit.search(filter.toFilter(), page, PageRequests.DEFAULT_SIZE));
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("actions", audit.actions());
        return VIEW;
    }
}
