package vn.thidua.scoring.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.common.PageRequests;
import vn.thidua.common.SearchText;
import vn.thidua.common.SpreadsheetLayout;
import vn.thidua.common.TextInput;
import vn.thidua.scoring.CriteriaTable;
import vn.thidua.scoring.CriteriaTableService;
import vn.thidua.scoring.CriteriaTree;
import vn.thidua.scoring.CriterionKind;
import vn.thidua.scoring.CriterionNode;
import vn.thidua.scoring.ImportRejected;
import vn.thidua.scoring.NodeType;
import vn.thidua.scoring.PledgeTargetChoices;

/** Administrators define criteria tables: the table, its tree of groups and criteria, copies to other years. */
@Controller
@RequestMapping("/admin/scoring/tables")
class CriteriaTableController {

    static final String LIST = "scoring/tables";
    static final String FORM = "scoring/table-form";
    static final String DETAIL = "scoring/table";
    static final String NODE_FORM = "scoring/node-form";
    /** A table's name column holds 255 characters. */
    static final int NAME_MAX = 255;

    private static final Set<String> SORTABLE = Set.of("year", "name", "status");

    private final CriteriaTableService tables;
    private final ScoringWorkbooks workbooks;
    private final Clock clock;

    CriteriaTableController(CriteriaTableService tables, ScoringWorkbooks workbooks, Clock clock) {
        this.tables = tables;
        this.workbooks = workbooks;
        this.clock = clock;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            Pageable pageable,
            Model model) {
        String query = SearchText.clean(q);
        Page<CriteriaTable> page = PageRequests.within(
                PageRequests.safe(pageable, SORTABLE, Sort.by(Sort.Order.desc("year"), Sort.Order.asc("name"))),
                request -> tables.search(year, query, request));
        model.addAttribute("page", page);
        model.addAttribute("year", year);
        model.addAttribute("q", query);
        return LIST;
    }

    @GetMapping("/new")
    String newTable(Model model) {
        TableForm form = new TableForm();
        form.setYear(BusinessTime.year(clock));
        form.setTotalMax(new BigDecimal("100"));
        return showForm(form, null, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") TableForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(form, null, model);
        }
        try {
            CriteriaTable table = tables.create(form.toCommand());
            Flash.success(redirect, "scoring.table.created", table.getName());
            return "redirect:/admin/scoring/tables/" + table.getId();
        } catch (DomainException e) {
            result.reject(e.getMessageKey(), e.getArguments(), null);
            return showForm(form, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return showForm(TableForm.of(tables.table(id)), id, model);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TableForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(form, id, model);
        }
        try {
            CriteriaTable table = tables.update(id, form.getVersion(), form.toCommand());
            Flash.success(redirect, "scoring.table.updated", table.getName());
            return "redirect:/admin/scoring/tables/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.conflict");
        } catch (DomainException e) {
            result.reject(e.getMessageKey(), e.getArguments(), null);
        }
        return showForm(form, id, model);
    }

    private String showForm(TableForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("tableId", id);
        model.addAttribute("clusters", tables.clustersForEditing());
        return FORM;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return showTable(id, model);
    }

    private String showTable(long id, Model model) {
        CriteriaTree tree = tables.tree(id);
        model.addAttribute("tree", tree);
        model.addAttribute("table", tree.table());
        model.addAttribute("problems", tree.problems());
        model.addAttribute(
                "clusters",
                tables.clusters().stream()
                        .filter(c -> tree.table().appliesTo(c.id()))
                        .toList());
        model.addAttribute("copyYear", tree.table().getYear() + 1);
        return DETAIL;
    }

    @GetMapping("/{id}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, Locale locale) {
        CriteriaTree tree = tables.tree(id);
        return ScoringWorkbooks.download(
                workbooks.tree(tree, locale),
                SpreadsheetLayout.fileName(
                        "bang-tieu-chi", tree.table().getName(), tree.table().getYear(), "xlsx"));
    }

    @PostMapping("/{id}/import")
    String importTree(
            @PathVariable long id, @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            tables.requireImportable(id);
            int count = tables.importTree(id, workbooks.readTree(file.getBytes()));
            Flash.success(redirect, "scoring.table.import.done", count);
            return "redirect:/admin/scoring/tables/" + id;
        } catch (vn.thidua.common.NotFoundException e) {
            throw e;
        } catch (ImportRejected e) {
            model.addAttribute("importErrors", e.errors());
        } catch (DomainException e) {
            model.addAttribute(
                    "importErrors", List.of(new ImportRejected.RowError(0, e.getMessageKey(), e.getArguments())));
        }
        return showTable(id, model);
    }

    @PostMapping("/{id}/copy")
    String copy(
            @PathVariable long id,
            @RequestParam(name = "year", required = false) String yearText,
            @RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        Integer year = wholeNumber(yearText);
        if (year == null) {
            Flash.error(redirect, "scoring.table.yearInvalid");
            redirect.addFlashAttribute("copyName", name);
            return "redirect:/admin/scoring/tables/" + id;
        }
        String problem = TextInput.problem(name, NAME_MAX, false);
        if (problem != null) {
            Flash.error(redirect, problem, NAME_MAX, name.length());
            redirect.addFlashAttribute("copyName", name);
            return "redirect:/admin/scoring/tables/" + id;
        }
        try {
            CriteriaTable copy = tables.copy(id, year, name);
            Flash.success(redirect, "scoring.table.copied", copy.getName());
            return "redirect:/admin/scoring/tables/" + copy.getId();
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
            redirect.addFlashAttribute("copyName", name);
            return "redirect:/admin/scoring/tables/" + id;
        }
    }

    /** A year as typed, or {@code null} when it is not a whole number (the page then says so, keeping the name). */
    private static Integer wholeNumber(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GetMapping("/{id}/nodes/new")
    String newNode(@PathVariable long id, @RequestParam(required = false) Long parentId, Model model) {
        NodeForm form = new NodeForm();
        form.setParentId(parentId);
        if (parentId == null) {
            form.setNodeType(NodeType.GROUP);
        }
        return showNodeForm(id, null, form, model);
    }

    @PostMapping("/{id}/nodes/new")
    String addNode(
            @PathVariable long id,
            @Valid @ModelAttribute("form") NodeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showNodeForm(id, null, form, model);
        }
        try {
            CriterionNode node = tables.addNode(id, form.getParentId(), form.toCommand());
            Flash.success(redirect, "scoring.node.saved", node.getCode());
            return "redirect:/admin/scoring/tables/" + id;
        } catch (DomainException e) {
            rejectNode(result, e);
            return showNodeForm(id, null, form, model);
        }
    }

    @GetMapping("/{id}/nodes/{nodeId}/edit")
    String editNode(@PathVariable long id, @PathVariable long nodeId, Model model) {
        return showNodeForm(id, nodeId, NodeForm.of(tables.node(id, nodeId)), model);
    }

    @PostMapping("/{id}/nodes/{nodeId}/edit")
    String updateNode(
            @PathVariable long id,
            @PathVariable long nodeId,
            @Valid @ModelAttribute("form") NodeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showNodeForm(id, nodeId, form, model);
        }
        try {
            CriterionNode node = tables.updateNode(id, nodeId, form.getVersion(), form.toCommand());
            Flash.success(redirect, "scoring.node.saved", node.getCode());
            return "redirect:/admin/scoring/tables/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.conflict");
        } catch (DomainException e) {
            rejectNode(result, e);
        }
        return showNodeForm(id, nodeId, form, model);
    }

    @PostMapping("/{id}/nodes/{nodeId}/delete")
    String removeNode(@PathVariable long id, @PathVariable long nodeId, RedirectAttributes redirect) {
        String code = tables.node(id, nodeId).getCode();
        try {
            tables.removeNode(id, nodeId);
            Flash.success(redirect, "scoring.node.removed", code);
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/admin/scoring/tables/" + id;
    }

    private String showNodeForm(long tableId, Long nodeId, NodeForm form, Model model) {
        CriteriaTree tree = tables.treeForEditing(tableId);
        model.addAttribute("table", tree.table());
        model.addAttribute("form", form);
        model.addAttribute("nodeId", nodeId);
        model.addAttribute(
                "parents",
                tree.entries().stream()
                        .filter(e -> e.node().getNodeType().holdsChildren()
                                && (nodeId == null || !e.node().getId().equals(nodeId)))
                        .toList());
        model.addAttribute("nodeTypes", List.of(NodeType.values()));
        model.addAttribute("kinds", List.of(CriterionKind.values()));
        PledgeTargetChoices pledgeTargets = tables.pledgeTargetChoices(tableId);
        model.addAttribute("pledgeTargets", pledgeTargets);
        model.addAttribute("pledgeTargetUnknown", pledgeTargets.unknown(form.getPledgeTarget()));
        return NODE_FORM;
    }

    /** A refusal about the pledge target is shown beside its field; any other above the form. */
    private static void rejectNode(BindingResult result, DomainException e) {
        if (e.getMessageKey().startsWith("scoring.node.pledgeTarget")) {
            result.rejectValue("pledgeTarget", e.getMessageKey(), e.getArguments(), null);
        } else {
            result.reject(e.getMessageKey(), e.getArguments(), null);
        }
    }
}
