package vn.thidua.award.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.award.history.AwardHistoryService;
import vn.thidua.common.PageRequests;
import vn.thidua.common.SearchText;

/** A unit's award history, and the search of individuals' awards for the organiser's staff. */
@Controller
class AwardHistoryController {

    static final String UNIT = "award/history/unit";
    static final String PEOPLE = "award/history/people";

    private final AwardHistoryService history;

    AwardHistoryController(AwardHistoryService history) {
        this.history = history;
    }

    @GetMapping("/units/{unitId}/awards")
    String unit(@PathVariable long unitId, Model model) {
        model.addAttribute("history", history.unitHistory(unitId));
        return UNIT;
    }

    @GetMapping("/award-history/people")
    String people(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        String term = SearchText.clean(q);
        model.addAttribute("q", term == null ? "" : term);
        model.addAttribute(
                "results", history.people(term, PageRequest.of(PageRequests.page(page), PageRequests.DEFAULT_SIZE)));
        return PEOPLE;
    }
}
