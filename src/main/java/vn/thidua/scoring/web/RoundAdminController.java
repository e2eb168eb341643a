package vn.thidua.scoring.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.access.CurrentUsers;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.organization.OrganizerService;
import vn.thidua.scoring.RoundStatus;
import vn.thidua.scoring.ScoringRound;
import vn.thidua.scoring.ScoringService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Administrators open scoring for a cluster-year and move it on: review, then final results. */
@Controller
@RequestMapping("/admin/scoring/rounds")
class RoundAdminController {

    static final String VIEW = "scoring/rounds";

    private final ScoringService scoring;
    private final OrganizerService organizers;

    RoundAdminController(ScoringService scoring, OrganizerService organizers) {
        this.scoring = scoring;
        this.organizers = organizers;
    }

    @GetMapping
    String overview(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null ? year : organizers.workingYear(CurrentUsers.require().organizerId());
        model.addAttribute("year", shown);
        model.addAttribute("rounds", scoring.overview(shown));
        return VIEW;
    }

    @PostMapping("/open")
    String open(@RequestParam long termId, @RequestParam(required = false) String selfScoringDeadline,
                @RequestParam(required = false) String reviewDeadline,
                @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            ScoringRound round = scoring.open(termId, date(selfScoringDeadline), date(reviewDeadline), reason);
            Flash.success(redirect, "scoring.rounds.opened", round.getTerm().getCluster().getName());
            return "redirect:/scoring/rounds/" + round.getId();
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
            return "redirect:/admin/scoring/rounds";
        }
    }

    @PostMapping("/{id}/advance")
    String advance(@PathVariable long id, @RequestParam long version, @RequestParam RoundStatus next,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            scoring.advance(id, version, next, reason);
            Flash.success(redirect, "scoring.rounds.advanced", new org.springframework.context.support.DefaultMessageSourceResolvable(next.messageKey()));
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/scoring/rounds/" + id;
    }

    @PostMapping("/{id}/deadlines")
    String deadlines(@PathVariable long id, @RequestParam long version,
                     @RequestParam(required = false) String selfScoringDeadline,
                     @RequestParam(required = false) String reviewDeadline,
                     RedirectAttributes redirect) {
        try {
            scoring.changeDeadlines(id, version, date(selfScoringDeadline), date(reviewDeadline));
            Flash.success(redirect, "scoring.rounds.deadlinesSaved");
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        } catch (BadDate e) {
            // What was typed comes back in the fields, with the reason above them.
            redirect.addFlashAttribute("typedSelfScoringDeadline", selfScoringDeadline);
            redirect.addFlashAttribute("typedReviewDeadline", reviewDeadline);
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/scoring/rounds/" + id;
    }

    /** A deadline typed as dd/mm/yyyy; a bad one is refused with a message naming what was typed. */
    private static LocalDate date(String typed) {
        try {
            return DisplayFormat.parseDate(typed);
        } catch (DateTimeParseException e) {
            throw new BadDate(typed.strip());
        }
    }

    private static final class BadDate extends DomainException {
        BadDate(String typed) {
            super("scoring.round.badDate", typed);
        }
    }
}
