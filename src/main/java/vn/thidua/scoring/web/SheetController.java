package vn.thidua.scoring.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.access.CurrentUsers;
import vn.thidua.common.DomainException;
import vn.thidua.common.Flash;
import vn.thidua.scoring.CriterionNode;
import vn.thidua.scoring.EvidenceFile;
import vn.thidua.scoring.EvidenceInfo;
import vn.thidua.scoring.EvidenceService;
import vn.thidua.scoring.ImportRejected;
import vn.thidua.scoring.RankingService;
import vn.thidua.scoring.RankingView;
import vn.thidua.scoring.ReviewService;
import vn.thidua.scoring.RoundView;
import vn.thidua.scoring.RoundViews;
import vn.thidua.scoring.ScoreSheet;
import vn.thidua.scoring.SelfScoringService;
import vn.thidua.scoring.SheetView;
import vn.thidua.scoring.SheetViews;

/** The unit's sheet (fill, submit, explain), the head's review and final decision, the round and its ranking. */
@Controller
@RequestMapping("/scoring")
class SheetController {

    static final String MY = "scoring/my";
    static final String ROUND = "scoring/round";
    static final String SHEET = "scoring/sheet";
    static final String RANKING = "scoring/ranking";

    private final SheetViews sheetViews;
    private final SelfScoringService selfScoring;
    private final ReviewService reviews;
    private final EvidenceService evidenceFiles;
    private final RoundViews roundViews;
    private final RankingService rankings;
    private final ScoringWorkbooks workbooks;
    private final vn.thidua.scoring.FigureCorrectionService corrections;

    SheetController(
            SheetViews sheetViews,
            SelfScoringService selfScoring,
            ReviewService reviews,
            EvidenceService evidenceFiles,
            RoundViews roundViews,
            RankingService rankings,
            ScoringWorkbooks workbooks,
            vn.thidua.scoring.FigureCorrectionService corrections) {
        this.sheetViews = sheetViews;
        this.selfScoring = selfScoring;
        this.reviews = reviews;
        this.evidenceFiles = evidenceFiles;
        this.roundViews = roundViews;
        this.rankings = rankings;
        this.workbooks = workbooks;
        this.corrections = corrections;
    }

    /** What the reviewer typed to correct a figure, kept when refused. */
    public record CorrectionForm(Long nodeId, String value, String target, String reason) {}

    @GetMapping("/rounds/{id}/ranking.xlsx")
    ResponseEntity<byte[]> rankingWorkbook(@PathVariable long id, Locale locale) {
        RankingView view = rankings.ranking(id);
        return ScoringWorkbooks.download(
                workbooks.ranking(view, locale), ScoringWorkbooks.fileName("xep-hang", view.year()));
    }

    @GetMapping("/rounds/{id}/sheets.xlsx")
    ResponseEntity<byte[]> sheetsWorkbook(@PathVariable long id, Locale locale) {
        RoundView view = roundViews.roundViewWithLines(id);
        return ScoringWorkbooks.download(
                workbooks.roundSheets(view, locale), ScoringWorkbooks.fileName("phieu-cham-diem", view.year()));
    }

    @GetMapping("/sheets/{id}/export.xlsx")
    ResponseEntity<byte[]> sheetWorkbook(@PathVariable long id, Locale locale) {
        SheetView view = sheetViews.sheet(id);
        return ScoringWorkbooks.download(
                workbooks.sheet(view, locale),
                "phieu-" + view.unit().code() + "-" + view.year().year() + ".xlsx");
    }

    @PostMapping("/sheets/{id}/evidence")
    String attachEvidence(
            @PathVariable long id,
            @RequestParam long nodeId,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            EvidenceInfo info = evidenceFiles.attachEvidence(id, nodeId, file.getOriginalFilename(), file.getBytes());
            Flash.success(redirect, "scoring.evidence.added", info.fileName());
        } catch (vn.thidua.common.NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/scoring/sheets/" + id;
    }

    /** The sheet's own "save and attach": the typed scores are saved with the file, so attaching loses nothing. */
    @PostMapping("/sheets/{id}/draft-evidence")
    String saveDraftAndAttach(
            @PathVariable long id,
            @ModelAttribute("form") SheetForm form,
            BindingResult result,
            @RequestParam(required = false) Long evidenceNode,
            @RequestParam(name = "evidenceFile", required = false) MultipartFile file,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        if (evidenceNode == null
                || file == null
                || file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()) {
            result.reject("scoring.evidence.choose");
            return show(sheetViews.sheet(id), form, model);
        }
        byte[] content = file.getBytes();
        String name = file.getOriginalFilename();
        return act(
                id,
                form,
                result,
                model,
                redirect,
                "scoring.evidence.addedWithDraft",
                view -> {
                    Map<String, ScoreSheet.SelfEntry> entries = SheetChecks.entries(view, form, result, false, locale);
                    if (entries == null) {
                        return false;
                    }
                    selfScoring.saveDraftAndAttach(id, form.getVersion(), entries, evidenceNode, name, content);
                    return true;
                },
                name);
    }

    @PostMapping("/sheets/{id}/evidence/{evidenceId}/delete")
    String removeEvidence(@PathVariable long id, @PathVariable long evidenceId, RedirectAttributes redirect) {
        try {
            evidenceFiles.removeEvidence(id, evidenceId);
            Flash.success(redirect, "scoring.evidence.removed");
        } catch (vn.thidua.common.NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return "redirect:/scoring/sheets/" + id;
    }

    /** Evidence is always downloaded, never shown inline: an uploaded file cannot run in the application's pages. */
    @GetMapping("/sheets/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        EvidenceFile file = evidenceFiles.evidence(id, evidenceId);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(file.getContentType()))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(file.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(file.getContent());
    }

    /** The offline round trip: a filled-in copy of the sheet comes back; all rows valid or nothing saved. */
    @PostMapping("/sheets/{id}/import")
    String importSheet(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam("file") MultipartFile file,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            SheetView view = sheetViews.sheetForImport(id);
            Map<String, ScoreSheet.SelfEntry> entries = workbooks.readSheet(file.getBytes(), view);
            selfScoring.saveDraft(id, version, entries);
            Flash.success(redirect, "scoring.sheet.upload.done", entries.size());
            return "redirect:/scoring/sheets/" + id;
        } catch (vn.thidua.common.NotFoundException e) {
            throw e;
        } catch (ImportRejected e) {
            model.addAttribute("importErrors", e.errors());
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute(
                    "importErrors", java.util.List.of(new ImportRejected.RowError(0, "error.conflict", new Object[0])));
        } catch (DomainException e) {
            model.addAttribute(
                    "importErrors",
                    java.util.List.of(new ImportRejected.RowError(0, e.getMessageKey(), e.getArguments())));
        }
        SheetView fresh = sheetViews.sheet(id);
        return show(fresh, SheetForm.of(fresh, new ScoreFormat(locale)), model);
    }

    @GetMapping
    String my(Model model) {
        if (CurrentUsers.require().role().isProvinceStaff()) {
            return "redirect:/admin/scoring/rounds";
        }
        model.addAttribute("rounds", roundViews.myRounds());
        return MY;
    }

    @GetMapping("/rounds/{id}")
    String round(@PathVariable long id, Model model) {
        model.addAttribute("view", roundViews.roundView(id));
        return ROUND;
    }

    @GetMapping("/rounds/{id}/ranking")
    String ranking(@PathVariable long id, Model model) {
        model.addAttribute("view", rankings.ranking(id));
        return RANKING;
    }

    @GetMapping("/sheets/{id}")
    String sheet(@PathVariable long id, Model model, Locale locale) {
        SheetView view = sheetViews.sheet(id);
        return show(view, SheetForm.of(view, new ScoreFormat(locale)), model);
    }

    @PostMapping("/sheets/{id}/draft")
    String saveDraft(
            @PathVariable long id,
            @ModelAttribute("form") SheetForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, form, result, model, redirect, "scoring.sheet.saved", view -> {
            Map<String, ScoreSheet.SelfEntry> entries = SheetChecks.entries(view, form, result, false, locale);
            if (entries == null) {
                return false;
            }
            selfScoring.saveDraft(id, form.getVersion(), entries);
            return true;
        });
    }

    @PostMapping("/sheets/{id}/submit")
    String submit(
            @PathVariable long id,
            @ModelAttribute("form") SheetForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, form, result, model, redirect, "scoring.sheet.submitted", view -> {
            // Refused, nothing is saved and the form comes back as typed, each missing score or evidence marked.
            Map<String, ScoreSheet.SelfEntry> entries = SheetChecks.entries(view, form, result, true, locale);
            if (entries == null) {
                return false;
            }
            selfScoring.saveAndSubmit(id, form.getVersion(), entries);
            return true;
        });
    }

    @PostMapping("/sheets/{id}/review")
    String review(
            @PathVariable long id,
            @ModelAttribute("form") SheetForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, form, result, model, redirect, "scoring.sheet.reviewed", view -> {
            Map<String, ScoreSheet.Decision> decisions = SheetChecks.decisions(view, form, result, false, locale);
            if (decisions == null) {
                return false;
            }
            reviews.review(id, form.getVersion(), decisions);
            return true;
        });
    }

    @PostMapping("/sheets/{id}/explain")
    String explain(
            @PathVariable long id,
            @ModelAttribute("form") SheetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(id, form, result, model, redirect, "scoring.sheet.explained", view -> {
            Map<String, String> explanations = SheetChecks.explanations(view, form, result);
            if (explanations == null) {
                return false;
            }
            reviews.explain(id, form.getVersion(), explanations);
            return true;
        });
    }

    /** The unit declines to explain its adjusted lines: the reviewer may then decide without waiting. */
    @PostMapping("/sheets/{id}/decline")
    String decline(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            reviews.declineExplanation(id, version, reason);
            Flash.success(redirect, "scoring.sheet.declined");
            return "redirect:/scoring/sheets/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("declineError", new DomainException("error.conflict"));
        } catch (DomainException e) {
            model.addAttribute("declineError", e);
        }
        model.addAttribute("declineReason", reason);
        SheetView fresh = sheetViews.sheet(id);
        return show(fresh, SheetForm.of(fresh, new ScoreFormat(locale)), model);
    }

    /** The reviewer corrects a figure (achieved value or target) with a reason; the cluster's figures are rescored. */
    @PostMapping("/sheets/{id}/correct")
    String correct(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) Long nodeId,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) String reason,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        SheetView view = sheetViews.sheet(id);
        CorrectionForm typed = new CorrectionForm(nodeId, value, target, reason);
        try {
            CriterionNode node = view.tree().criteria().stream()
                    .filter(n -> n.getId().equals(nodeId))
                    .findFirst()
                    .orElseThrow(() -> new DomainException("scoring.correction.chooseCriterion"));
            corrections.correct(
                    id,
                    version,
                    node.getCode(),
                    SheetChecks.figure(node, value, locale),
                    SheetChecks.figure(node, target, locale),
                    reason);
            Flash.success(redirect, "scoring.correction.done", node.getCode());
            return "redirect:/scoring/sheets/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("correctionError", new DomainException("error.conflict"));
        } catch (DomainException e) {
            model.addAttribute("correctionError", e);
        }
        model.addAttribute("correction", typed);
        SheetView fresh = sheetViews.sheet(id);
        return show(fresh, SheetForm.of(fresh, new ScoreFormat(locale)), model);
    }

    @PostMapping("/sheets/{id}/finalise")
    String finalise(
            @PathVariable long id,
            @ModelAttribute("form") SheetForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, form, result, model, redirect, "scoring.sheet.finalised", view -> {
            Map<String, ScoreSheet.Decision> decisions = SheetChecks.decisions(view, form, result, true, locale);
            if (decisions == null) {
                return false;
            }
            reviews.finalise(id, form.getVersion(), decisions);
            return true;
        });
    }

    /** One action on the sheet; {@code false} when the form's checks refused it (the reasons are in the form). */
    private interface SheetAction {
        boolean run(SheetView view);
    }

    /** Runs one action; a refusal or a conflict re-renders the sheet with what the user typed. */
    private String act(
            long id,
            SheetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String successKey,
            SheetAction action,
            Object... successArguments) {
        SheetView view = sheetViews.sheet(id);
        try {
            if (action.run(view)) {
                Flash.success(redirect, successKey, successArguments);
                return "redirect:/scoring/sheets/" + id;
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.conflict");
        } catch (DomainException e) {
            result.reject(e.getMessageKey(), e.getArguments(), null);
        }
        return show(sheetViews.sheet(id), form, model);
    }

    private String show(SheetView view, SheetForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        return SHEET;
    }
}
