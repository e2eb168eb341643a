package vn.thidua.scoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
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
import vn.thidua.common.TextInput;
import vn.thidua.organization.Organizers;
import vn.thidua.scoring.NonSubmitterRule;
import vn.thidua.scoring.RoundDeadlines;
import vn.thidua.scoring.RoundOpening;
import vn.thidua.scoring.RoundService;
import vn.thidua.scoring.RoundStatus;
import vn.thidua.scoring.RoundTargetService;
import vn.thidua.scoring.RoundViews;
import vn.thidua.scoring.ScoringRound;

/** Administrators open scoring for a cluster-year and move it on: review, then final results. */
@Controller
@RequestMapping("/admin/scoring/rounds")
class RoundAdminController {

    static final String VIEW = "scoring/rounds";
    /** The round history's reason column holds 2,000 characters. */
    static final int REASON_MAX = 2000;

    static final String TARGETS = "scoring/targets";

    private final RoundOpening roundOpening;
    private final RoundService roundService;
    private final RoundDeadlines roundDeadlines;
    private final RoundViews roundViews;
    private final Organizers organizers;
    private final RoundTargetService targets;

    RoundAdminController(
            RoundOpening roundOpening,
            RoundService roundService,
            RoundDeadlines roundDeadlines,
            RoundViews roundViews,
            Organizers organizers,
            RoundTargetService targets) {
        this.roundOpening = roundOpening;
        this.roundService = roundService;
        this.roundDeadlines = roundDeadlines;
        this.roundViews = roundViews;
        this.organizers = organizers;
        this.targets = targets;
    }

    @GetMapping
    String overview(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null
                ? year
                : organizers.workingYear(CurrentUsers.require().organizerId());
        model.addAttribute("year", shown);
        model.addAttribute("rounds", roundViews.overview(shown));
        return VIEW;
    }

    @PostMapping("/open")
    String open(
            @RequestParam long termId,
            @RequestParam(required = false) String selfScoringDeadline,
            @RequestParam(required = false) String reviewDeadline,
            @RequestParam(required = false) String explanationDeadline,
            @RequestParam(required = false) NonSubmitterRule nonSubmitterRule,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        String problem = TextInput.problem(reason, REASON_MAX, false);
        if (problem != null) {
            Flash.error(redirect, problem, REASON_MAX, reason.length());
            return "redirect:/admin/scoring/rounds";
        }
        try {
            ScoringRound round = roundOpening.open(
                    termId,
                    date(selfScoringDeadline),
                    date(reviewDeadline),
                    date(explanationDeadline),
                    nonSubmitterRule == null ? NonSubmitterRule.RANK_LAST : nonSubmitterRule,
                    reason);
            Flash.success(
                    redirect,
                    "scoring.rounds.opened",
                    roundViews.clusterYearOf(round).clusterName());
            return "redirect:/scoring/rounds/" + round.getId();
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
            return "redirect:/admin/scoring/rounds";
        }
    }

    @PostMapping("/{id}/advance")
    String advance(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam RoundStatus next,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        String problem = TextInput.problem(reason, REASON_MAX, false);
        if (problem != null) {
            Flash.error(redirect, problem, REASON_MAX, reason.length());
            keepReason(redirect, reason);
            return "redirect:/scoring/rounds/" + id;
        }
        try {
            roundService.advance(id, version, next, reason);
            Flash.success(
                    redirect,
                    "scoring.rounds.advanced",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(next.messageKey()));
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
            keepReason(redirect, reason);
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
            keepReason(redirect, reason);
        }
        return "redirect:/scoring/rounds/" + id;
    }

    /** The round page shows the refused reason again, as typed, with what was wrong above it. */
    private static void keepReason(RedirectAttributes redirect, String reason) {
        redirect.addFlashAttribute("advanceReason", reason);
    }

    @PostMapping("/{id}/deadlines")
    String deadlines(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String selfScoringDeadline,
            @RequestParam(required = false) String reviewDeadline,
            @RequestParam(required = false) String explanationDeadline,
            @RequestParam(required = false) NonSubmitterRule nonSubmitterRule,
            RedirectAttributes redirect) {
        try {
            roundDeadlines.changeDeadlines(
                    id,
                    version,
                    date(selfScoringDeadline),
                    date(reviewDeadline),
                    date(explanationDeadline),
                    nonSubmitterRule);
            Flash.success(redirect, "scoring.rounds.deadlinesSaved");
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        } catch (BadDate e) {
            // What was typed comes back in the fields, with the reason above them.
            keepTyped(redirect, "typedSelfScoringDeadline", selfScoringDeadline);
            keepTyped(redirect, "typedReviewDeadline", reviewDeadline);
            keepTyped(redirect, "typedExplanationDeadline", explanationDeadline);
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/scoring/rounds/" + id;
    }

    /** A reminder to the units that have not submitted yet that self-scoring closes soon. */
    @PostMapping("/{id}/remind")
    String remind(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int told = roundDeadlines.remindSelfScoring(id);
            Flash.success(redirect, "scoring.rounds.reminded", told);
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/scoring/rounds/" + id;
    }

    /** The targets of the round's figure criteria: from the pledge, or set here for every unit or for one. */
    @GetMapping("/{id}/targets")
    String targets(@PathVariable long id, Model model) {
        model.addAttribute("view", targets.view(id));
        return TARGETS;
    }

    @PostMapping("/{id}/targets")
    String setTarget(
            @PathVariable long id,
            @RequestParam long nodeId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String target,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            BigDecimal value;
            try {
                value = DisplayFormat.parseNumber(target, locale);
            } catch (NumberFormatException e) {
                throw new DomainException("scoring.targets.invalidNumber", target);
            }
            targets.set(id, nodeId, unitId, value);
            Flash.success(redirect, value == null ? "scoring.targets.cleared" : "scoring.targets.saved");
            return "redirect:/admin/scoring/rounds/" + id + "/targets";
        } catch (DomainException e) {
            model.addAttribute("targetError", e);
            model.addAttribute("typed", new TypedTarget(nodeId, unitId, target));
        }
        model.addAttribute("view", targets.view(id));
        return TARGETS;
    }

    /** What the administrator typed for one target, kept when refused. */
    public record TypedTarget(long nodeId, Long unitId, String target) {}

    /** A field left out of the post has nothing to keep. */
    private static void keepTyped(RedirectAttributes redirect, String name, String typed) {
        if (typed != null) {
            redirect.addFlashAttribute(name, typed);
        }
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
