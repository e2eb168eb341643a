package vn.thidua.organization.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import vn.thidua.common.PageRequests;
import vn.thidua.common.SearchText;
import vn.thidua.organization.ClusterKind;
import vn.thidua.organization.internal.Cluster;
import vn.thidua.organization.internal.ClusterService;
import vn.thidua.organization.internal.ClusterTerm;
import vn.thidua.organization.internal.Organizer;

/** The organiser's clusters and blocs: list, create, edit, and each cluster's page with its years. */
@Controller
@RequestMapping("/admin/clusters")
class ClusterController {

    static final String LIST = "organization/clusters/list";
    static final String FORM = "organization/clusters/form";
    static final String SHOW = "organization/clusters/show";

    private static final Set<String> SORTABLE = Set.of("code", "name", "kind");

    private final ClusterService clusters;

    ClusterController(ClusterService clusters) {
        this.clusters = clusters;
    }

    @InitBinder("clusterForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("code", "name", "kind", "description", "version");
    }

    @ModelAttribute("kinds")
    ClusterKind[] kinds() {
        return ClusterKind.values();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            Pageable pageable,
            Model model) {
        ClusterKind kindFilter = parseKind(kind);
        String query = SearchText.clean(q);
        var page = PageRequests.within(
                PageRequests.safe(pageable, SORTABLE, Sort.by("code")),
                request -> clusters.search(query, kindFilter, request));
        model.addAttribute("page", page);
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("kind", kindFilter);
        model.addAttribute("workingYear", clusters.workingYear());
        model.addAttribute("canManage", clusters.canManage());
        return LIST;
    }

    @GetMapping("/new")
    String newCluster(Model model) {
        clusters.requireManager();
        model.addAttribute("clusterForm", new ClusterForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("clusterForm") ClusterForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        clusters.requireManager();
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            Cluster cluster = clusters.create(form.toCommand());
            Flash.success(redirect, "cluster.created", cluster.getName());
            return "redirect:/admin/clusters/" + cluster.getId();
        } catch (DomainException e) {
            reject(binding, e);
            return FORM;
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        clusters.requireManager();
        Cluster cluster = clusters.cluster(id);
        model.addAttribute("cluster", cluster);
        model.addAttribute("clusterForm", ClusterForm.of(cluster));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("clusterForm") ClusterForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        clusters.requireManager();
        model.addAttribute("cluster", clusters.cluster(id));
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            Cluster cluster = clusters.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.toCommand());
            Flash.success(redirect, "cluster.updated", cluster.getName());
            return "redirect:/admin/clusters/" + id;
        } catch (OptimisticLockingFailureException e) {
            // Keep what the user typed, show what is stored now, and let a second save knowingly replace it.
            Cluster current = clusters.cluster(id);
            model.addAttribute("cluster", current);
            model.addAttribute("current", current);
            form.setVersion(current.getVersion());
            binding.reject("error.conflict");
            return FORM;
        } catch (DomainException e) {
            reject(binding, e);
            return FORM;
        }
    }

    /** The cluster with the history of its years, and the chosen year (the working year unless another is asked). */
    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String year, Model model) {
        Cluster cluster = clusters.cluster(id);
        int workingYear = clusters.workingYear();
        int selectedYear = parseYear(year).orElse(workingYear);
        List<ClusterTerm> history = clusters.history(id);
        ClusterTerm selected = history.stream()
                .filter(term -> term.getYear() == selectedYear)
                .findFirst()
                .orElse(null);
        model.addAttribute("cluster", cluster);
        model.addAttribute("history", history);
        model.addAttribute("workingYear", workingYear);
        model.addAttribute("selectedYear", selectedYear);
        model.addAttribute("selected", selected);
        model.addAttribute("years", selectableYears(history, workingYear, selectedYear));
        model.addAttribute("previousYearExists", history.stream().anyMatch(term -> term.getYear() == selectedYear - 1));
        model.addAttribute("canManage", clusters.canManage());
        return SHOW;
    }

    /** The years the selector offers, newest first: every year with a term, and a few around the working year. */
    static List<Integer> selectableYears(List<ClusterTerm> history, int workingYear, int selectedYear) {
        TreeSet<Integer> years = new TreeSet<>();
        history.forEach(term -> years.add(term.getYear()));
        IntStream.rangeClosed(workingYear - 5, workingYear + 1)
                .filter(y -> y >= Organizer.FIRST_YEAR && y <= Organizer.LAST_YEAR)
                .forEach(years::add);
        years.add(selectedYear);
        return List.copyOf(years.descendingSet());
    }

    static Optional<Integer> parseYear(String year) {
        if (year == null || year.isBlank()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(year.trim());
            return value >= Organizer.FIRST_YEAR && value <= Organizer.LAST_YEAR
                    ? Optional.of(value)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ClusterKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ClusterKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void reject(BindingResult binding, DomainException e) {
        if ("cluster.code.taken".equals(e.getMessageKey())) {
            binding.rejectValue("code", e.getMessageKey(), e.getArguments(), null);
        } else {
            binding.reject(e.getMessageKey(), e.getArguments(), null);
        }
    }
}
