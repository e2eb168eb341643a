package vn.thidua.organization.web;

import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.internal.ClusterService;
import vn.thidua.organization.internal.ClusterTerm;
import vn.thidua.organization.internal.NextYearProposal;
import vn.thidua.organization.internal.Unit;

/**
 * One year of a cluster: its members, head (cụm trưởng) and deputies (cụm phó); setting up a year, and starting the
 * next year from it.
 */
@Controller
@RequestMapping("/admin/clusters/{clusterId}/years")
class ClusterTermController {

    static final String TERM = "organization/clusters/term";
    static final String NEXT_YEAR = "organization/clusters/next-year";

    private final ClusterService clusters;

    ClusterTermController(ClusterService clusters) {
        this.clusters = clusters;
    }

    @InitBinder({"membersForm", "leadersForm"})
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("unitIds", "headUnitId", "deputyUnitIds", "version");
    }

    @GetMapping("/{year}")
    String term(@PathVariable long clusterId, @PathVariable int year, Model model) {
        Optional<ClusterTerm> term = clusters.term(clusterId, year);
        if (term.isEmpty()) {
            return "redirect:/admin/clusters/" + clusterId + "?year=" + year;
        }
        model.addAttribute("membersForm", new MembersForm());
        model.addAttribute("leadersForm", LeadersForm.of(term.get()));
        return termPage(clusterId, term.get(), model);
    }

    /** Sets up the cluster's year when it does not exist yet. */
    @PostMapping
    String create(
            @PathVariable long clusterId, @RequestParam(required = false) String year, RedirectAttributes redirect) {
        clusters.requireManager();
        Optional<Integer> chosen = ClusterController.parseYear(year);
        if (chosen.isEmpty()) {
            Flash.error(
                    redirect,
                    "organization.workingYear.invalid",
                    vn.thidua.organization.internal.Organizer.FIRST_YEAR,
                    vn.thidua.organization.internal.Organizer.LAST_YEAR);
            return "redirect:/admin/clusters/" + clusterId;
        }
        try {
            ClusterTerm term = clusters.createTerm(clusterId, chosen.get());
            Flash.success(redirect, "term.created", term.getCluster().getName(), term.getYear());
            return "redirect:/admin/clusters/" + clusterId + "/years/" + chosen.get();
        } catch (DomainException e) {
            if (e instanceof NotFoundException) {
                throw e;
            }
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
            return "redirect:/admin/clusters/" + clusterId + "?year=" + chosen.get();
        }
    }

    @PostMapping("/{year}/members")
    String addMembers(
            @PathVariable long clusterId,
            @PathVariable int year,
            @ModelAttribute("membersForm") MembersForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        clusters.requireManager();
        if (!binding.hasErrors()) {
            try {
                clusters.addMembers(clusterId, year, versionOf(form.getVersion()), form.getUnitIds());
                Flash.success(redirect, "term.member.added", form.getUnitIds().size());
                return redirectToTerm(clusterId, year);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            } catch (DataIntegrityViolationException e) {
                binding.reject("term.member.conflict");
            } catch (DomainException e) {
                rejectOrRethrow(binding, e);
            }
        }
        ClusterTerm term = requireTerm(clusterId, year);
        model.addAttribute("leadersForm", LeadersForm.of(term));
        return termPage(clusterId, term, model);
    }

    @PostMapping("/{year}/members/remove")
    String removeMember(
            @PathVariable long clusterId,
            @PathVariable int year,
            @RequestParam long unitId,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        clusters.requireManager();
        try {
            clusters.removeMember(clusterId, year, versionOf(version), unitId);
            Flash.success(redirect, "term.member.removed");
        } catch (OptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        } catch (DataIntegrityViolationException e) {
            Flash.error(redirect, "term.member.conflict");
        } catch (DomainException e) {
            if (e instanceof NotFoundException) {
                throw e;
            }
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return redirectToTerm(clusterId, year);
    }

    @PostMapping("/{year}/leaders")
    String appointLeaders(
            @PathVariable long clusterId,
            @PathVariable int year,
            @ModelAttribute("leadersForm") LeadersForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        clusters.requireManager();
        if (!binding.hasErrors()) {
            try {
                clusters.appointLeaders(
                        clusterId, year, versionOf(form.getVersion()), form.getHeadUnitId(), form.getDeputyUnitIds());
                Flash.success(redirect, "term.leaders.appointed");
                return redirectToTerm(clusterId, year);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            } catch (DataIntegrityViolationException e) {
                binding.reject("term.leaders.conflict");
            } catch (DomainException e) {
                rejectOrRethrow(binding, e);
            }
        }
        model.addAttribute("membersForm", new MembersForm());
        return termPage(clusterId, requireTerm(clusterId, year), model);
    }

    /** Closes the year (khóa sổ): everything of it becomes read-only, in every feature. */
    @PostMapping("/{year}/close")
    String close(
            @PathVariable long clusterId,
            @PathVariable int year,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        clusters.requireManager();
        try {
            clusters.closeTerm(clusterId, year, versionOf(version));
            Flash.success(redirect, "term.closed");
        } catch (OptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        } catch (DomainException e) {
            if (e instanceof NotFoundException) {
                throw e;
            }
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return redirectToTerm(clusterId, year);
    }

    /** Reopens a closed year; the reason is required, and kept on the page when it is missing or refused. */
    @PostMapping("/{year}/reopen")
    String reopen(
            @PathVariable long clusterId,
            @PathVariable int year,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        clusters.requireManager();
        try {
            clusters.reopenTerm(clusterId, year, versionOf(version), reason);
            Flash.success(redirect, "term.reopened");
        } catch (OptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
            redirect.addFlashAttribute("reopenReason", reason);
        } catch (DomainException e) {
            if (e instanceof NotFoundException) {
                throw e;
            }
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
            redirect.addFlashAttribute("reopenReason", reason);
        }
        return redirectToTerm(clusterId, year);
    }

    /** The confirmation form: the next year's members and the head the rotation proposes, which the admin may change. */
    @GetMapping("/{year}/next")
    String nextYear(@PathVariable long clusterId, @PathVariable int year, Model model, RedirectAttributes redirect) {
        NextYearProposal proposal;
        try {
            proposal = clusters.nextYearProposal(clusterId, year);
        } catch (DomainException e) {
            if (e instanceof NotFoundException) {
                throw e;
            }
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
            return redirectToTerm(clusterId, year);
        }
        LeadersForm form = new LeadersForm();
        form.setHeadUnitId(
                proposal.proposedHead() == null ? null : proposal.proposedHead().getId());
        form.setDeputyUnitIds(
                proposal.proposedDeputies().stream().map(Unit::getId).toList());
        model.addAttribute("leadersForm", form);
        model.addAttribute("proposal", proposal);
        return NEXT_YEAR;
    }

    @PostMapping("/{year}/next")
    String startNextYear(
            @PathVariable long clusterId,
            @PathVariable int year,
            @ModelAttribute("leadersForm") LeadersForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        clusters.requireManager();
        if (!binding.hasErrors()) {
            try {
                ClusterTerm next =
                        clusters.startNextYear(clusterId, year, form.getHeadUnitId(), form.getDeputyUnitIds());
                Flash.success(redirect, "term.copied", next.getCluster().getName(), next.getYear(), year);
                return redirectToTerm(clusterId, next.getYear());
            } catch (DataIntegrityViolationException e) {
                binding.reject("term.leaders.conflict");
            } catch (DomainException e) {
                rejectOrRethrow(binding, e);
            }
        }
        try {
            model.addAttribute("proposal", clusters.nextYearProposal(clusterId, year));
        } catch (DomainException e) {
            if (e instanceof NotFoundException) {
                throw e;
            }
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
            return redirectToTerm(clusterId, year);
        }
        return NEXT_YEAR;
    }

    private String termPage(long clusterId, ClusterTerm term, Model model) {
        boolean canManage = clusters.canManage();
        model.addAttribute("cluster", term.getCluster());
        model.addAttribute("term", term);
        model.addAttribute("canManage", canManage);
        model.addAttribute("editable", canManage && term.allowsMembershipChanges());
        model.addAttribute(
                "candidates",
                canManage && term.allowsMembershipChanges()
                        ? clusters.candidates(clusterId, term.getYear())
                        : java.util.List.<Unit>of());
        model.addAttribute("nextYearExists", clusters.hasTerm(clusterId, term.getYear() + 1));
        model.addAttribute("workingYear", clusters.workingYear());
        return TERM;
    }

    private ClusterTerm requireTerm(long clusterId, int year) {
        return clusters.term(clusterId, year).orElseThrow(() -> new NotFoundException("clusterTerm"));
    }

    private static void rejectOrRethrow(BindingResult binding, DomainException e) {
        if (e instanceof NotFoundException) {
            throw e;
        }
        binding.reject(e.getMessageKey(), e.getArguments(), null);
    }

    private static long versionOf(Long version) {
        return version == null ? -1 : version;
    }

    private static String redirectToTerm(long clusterId, int year) {
        return "redirect:/admin/clusters/" + clusterId + "/years/" + year;
    }
}
