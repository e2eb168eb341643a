package vn.thidua.award.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.award.vote.Choice;
import vn.thidua.award.vote.VoteException;
import vn.thidua.award.vote.VoteService;
import vn.thidua.award.vote.VoteView;
import vn.thidua.award.web.VoteForms.CandidateForm;
import vn.thidua.award.web.VoteForms.CloseForm;
import vn.thidua.award.web.VoteForms.PaperForm;
import vn.thidua.award.web.VoteForms.PrepareForm;
import vn.thidua.award.web.VoteForms.ScheduleForm;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.Flash;
import vn.thidua.common.TextInput;

/**
 * The cluster-year's vote: {@code /votes/term/{termId}} (the vote page), {@code .../prepare}, {@code .../edit},
 * {@code .../ballot}, {@code .../paper}. Thin: the service decides who may do what.
 */
@Controller
class VoteController {

    static final String LIST = "award/vote/list";
    static final String SHOW = "award/vote/show";
    static final String PREPARE = "award/vote/prepare";
    static final String EDIT = "award/vote/edit";
    static final String BALLOT = "award/vote/ballot";
    static final String PAPER = "award/vote/paper";
    static final long MINUTES_MAX_BYTES = 10L * 1024 * 1024;
    static final int PASSWORD_MAX = 200;

    private final VoteService votes;

    VoteController(VoteService votes) {
        this.votes = votes;
    }

    private static String page(long termId) {
        return "redirect:/votes/term/" + termId;
    }

    @GetMapping("/votes")
    String list(@RequestParam(name = "year", required = false) Integer year, Model model) {
        int working = votes.workingYear();
        int shown = year == null || year < 2000 || year > 2100 ? working : year;
        model.addAttribute("year", shown);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(working - 4, working)
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute("rows", votes.overview(shown));
        return LIST;
    }

    @GetMapping("/votes/term/{termId}")
    String show(@PathVariable long termId, Model model) {
        VoteView view = votes.view(termId);
        model.addAttribute("view", view);
        CloseForm close = new CloseForm();
        view.vote().ifPresent(v -> close.setVersion(v.getVersion()));
        model.addAttribute("closeForm", close);
        return SHOW;
    }

    // ---------------------------------------------------------------- preparing

    @GetMapping("/votes/term/{termId}/prepare")
    String preparePage(@PathVariable long termId, Model model) {
        PrepareForm form = new PrepareForm();
        LocalDateTime start =
                LocalDateTime.now(BusinessTime.ZONE).plusDays(1).withHour(8).withMinute(0);
        form.setOpens(DisplayFormat.DATE_TIME.format(start));
        form.setCloses(DisplayFormat.DATE_TIME.format(start.plusDays(7).withHour(17)));
        model.addAttribute("prepareForm", form);
        return prepareView(termId, model);
    }

    private String prepareView(long termId, Model model) {
        model.addAttribute("view", votes.view(termId));
        model.addAttribute("types", votes.choosableTypes(termId));
        return PREPARE;
    }

    @PostMapping("/votes/term/{termId}/prepare")
    String prepare(
            @PathVariable long termId,
            @ModelAttribute("prepareForm") PrepareForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        votes.choosableTypes(termId); // refuses anyone but the head or an administrator first
        LocalDateTime opens = VoteForms.moment(errors, "opens", form.getOpens());
        LocalDateTime closes = VoteForms.moment(errors, "closes", form.getCloses());
        Integer seats = form.getDeputySeats() == null ? Integer.valueOf(0) : form.getDeputySeats();
        if (!errors.hasFieldErrors("deputySeats") && (seats < 0 || seats > VoteService.DEPUTY_SEATS_MAX)) {
            errors.rejectValue(
                    "deputySeats", "vote.error.deputySeats", new Object[] {VoteService.DEPUTY_SEATS_MAX}, null);
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.rejectValue("closes", "vote.error.closesBeforeOpens");
        }
        if (!errors.hasErrors()) {
            try {
                votes.prepare(
                        termId,
                        new VoteService.PrepareCommand(form.getTypeIds(), opens, closes, form.isNextHead(), seats));
                Flash.success(redirect, "vote.prepared");
                return page(termId);
            } catch (VoteException e) {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        return prepareView(termId, model);
    }

    @GetMapping("/votes/term/{termId}/edit")
    String editPage(@PathVariable long termId, Model model) {
        VoteView view = votes.view(termId);
        ScheduleForm schedule = new ScheduleForm();
        view.vote().ifPresent(v -> {
            schedule.setVersion(v.getVersion());
            schedule.setOpens(format(v.getOpensAt()));
            schedule.setCloses(format(v.getClosesAt()));
        });
        model.addAttribute("scheduleForm", schedule);
        model.addAttribute("candidateForm", new CandidateForm());
        return editView(view, model);
    }

    private String editView(VoteView view, Model model) {
        if (!view.can().manage()) {
            throw new org.springframework.security.access.AccessDeniedException("the vote cannot be edited");
        }
        model.addAttribute("view", view);
        return EDIT;
    }

    private static String format(java.time.Instant instant) {
        return instant == null ? "" : DisplayFormat.DATE_TIME.format(BusinessTime.localDateTime(instant));
    }

    @PostMapping("/votes/term/{termId}/schedule")
    String schedule(
            @PathVariable long termId,
            @ModelAttribute("scheduleForm") ScheduleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        VoteView view = votes.view(termId);
        if (!view.can().manage()) {
            throw new org.springframework.security.access.AccessDeniedException("the vote cannot be edited");
        }
        LocalDateTime opens = VoteForms.moment(errors, "opens", form.getOpens());
        LocalDateTime closes = VoteForms.moment(errors, "closes", form.getCloses());
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.rejectValue("closes", "vote.error.closesBeforeOpens");
        }
        if (!errors.hasErrors()) {
            try {
                votes.reschedule(termId, form.getVersion(), opens, closes);
                Flash.success(redirect, "vote.rescheduled");
                return "redirect:/votes/term/" + termId + "/edit";
            } catch (VoteException e) {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            }
        }
        model.addAttribute("candidateForm", new CandidateForm());
        return editView(view, model);
    }

    @PostMapping("/votes/term/{termId}/candidates")
    String candidate(
            @PathVariable long termId,
            @RequestParam(name = "action", defaultValue = "") String action,
            @ModelAttribute("candidateForm") CandidateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        VoteView view = votes.view(termId);
        if (!view.can().manage()) {
            throw new org.springframework.security.access.AccessDeniedException("the vote cannot be edited");
        }
        if (TextInput.check(errors, "reason", form.getReason(), VoteService.REASON_MAX, true)
                && (form.getReason() == null || form.getReason().isBlank())) {
            errors.rejectValue("reason", "vote.error.reasonRequired");
        }
        if (form.getQuestionId() == null || form.getUnitId() == null) {
            errors.reject("vote.error.candidateRequired");
        }
        if (!errors.hasErrors()) {
            try {
                if ("remove".equals(action)) {
                    votes.removeCandidate(termId, form.getQuestionId(), form.getUnitId(), form.getReason());
                    Flash.success(redirect, "vote.candidate.removed");
                } else {
                    votes.addCandidate(termId, form.getQuestionId(), form.getUnitId(), form.getReason());
                    Flash.success(redirect, "vote.candidate.added");
                }
                return "redirect:/votes/term/" + termId + "/edit";
            } catch (VoteException e) {
                errors.reject(e.getMessageKey(), e.getArguments(), null);
            } catch (vn.thidua.common.NotFoundException e) {
                errors.reject("vote.error.candidateRequired");
            }
        }
        ScheduleForm schedule = new ScheduleForm();
        view.vote().ifPresent(v -> {
            schedule.setVersion(v.getVersion());
            schedule.setOpens(format(v.getOpensAt()));
            schedule.setCloses(format(v.getClosesAt()));
        });
        model.addAttribute("scheduleForm", schedule);
        return editView(view, model);
    }

    @PostMapping("/votes/term/{termId}/open")
    String open(
            @PathVariable long termId,
            @RequestParam(name = "version", required = false) Long version,
            RedirectAttributes redirect) {
        try {
            votes.open(termId, version);
            Flash.success(redirect, "vote.opened");
        } catch (VoteException e) {
            Flash.error(redirect, e.getMessageKey(), e.getArguments());
        }
        return page(termId);
    }

    @PostMapping("/votes/term/{termId}/close")
    String close(
            @PathVariable long termId,
            @ModelAttribute("closeForm") CloseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        boolean bound = !errors.hasErrors();
        if (TextInput.check(errors, "reason", form.getReason(), VoteService.REASON_MAX, true) && bound) {
            try {
                votes.close(termId, form.getVersion(), form.getReason());
                Flash.success(redirect, "vote.closed");
                return page(termId);
            } catch (VoteException e) {
                if (e.getMessageKey().equals("vote.error.earlyReasonRequired")) {
                    errors.rejectValue("reason", e.getMessageKey());
                } else {
                    errors.reject(e.getMessageKey(), e.getArguments(), null);
                }
            }
        }
        VoteView view = votes.view(termId);
        if (!view.can().close()) {
            // The closing form is not on the page any more (the vote is not open): the page says why.
            Flash.error(
                    redirect, errors.hasGlobalErrors() ? errors.getGlobalError().getCode() : "vote.error.status.OPEN");
            return page(termId);
        }
        model.addAttribute("view", view);
        return SHOW;
    }

    // ---------------------------------------------------------------- ballot

    @GetMapping("/votes/term/{termId}/ballot")
    String ballotPage(@PathVariable long termId, Model model, RedirectAttributes redirect) {
        VoteView view = votes.view(termId);
        if (!view.can().cast()) {
            Flash.info(redirect, "vote.ballot.unavailable");
            return page(termId);
        }
        model.addAttribute("view", view);
        model.addAttribute("typed", Map.of());
        return BALLOT;
    }

    @PostMapping("/votes/term/{termId}/ballot")
    String cast(
            @PathVariable long termId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        VoteView view = votes.view(termId);
        Map<Long, Map<Long, Choice>> answers = new HashMap<>();
        Map<Long, List<Long>> chosen = new HashMap<>();
        Map<String, Object> typed = new LinkedHashMap<>();
        String problem = null;
        for (VoteView.QuestionView q : view.questions()) {
            if (q.choices() == null) {
                for (VoteView.CandidateView c : q.candidates()) {
                    String name = "a" + q.id() + "_" + c.unitId();
                    String value = params.getFirst(name);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    try {
                        Choice choice = Choice.valueOf(value);
                        answers.computeIfAbsent(q.id(), x -> new HashMap<>()).put(c.unitId(), choice);
                        typed.put(name, choice.name());
                    } catch (IllegalArgumentException e) {
                        problem = "vote.ballot.badAnswer";
                    }
                }
            } else {
                List<Long> picked = new ArrayList<>();
                List<String> values = params.getOrDefault("c" + q.id(), List.of());
                for (String value : values.subList(0, Math.min(values.size(), 1000))) {
                    try {
                        picked.add(Long.valueOf(value));
                        typed.put("c" + q.id() + "_" + value, Boolean.TRUE);
                    } catch (NumberFormatException e) {
                        problem = "vote.ballot.badAnswer";
                    }
                }
                chosen.put(q.id(), picked);
            }
        }
        String password = params.getFirst("password");
        if (problem == null) {
            try {
                votes.cast(
                        termId, answers, chosen, password == null || password.length() > PASSWORD_MAX ? "" : password);
                Flash.success(redirect, "vote.ballot.cast");
                return page(termId);
            } catch (VoteException e) {
                if (e.getMessageKey().equals("vote.ballot.closed")
                        || e.getMessageKey().equals("vote.ballot.alreadyVoted")
                        || e.getMessageKey().equals("vote.ballot.notYetOpen")) {
                    Flash.error(redirect, e.getMessageKey());
                    return page(termId);
                }
                problem = e.getMessageKey();
                Object[] arguments = e.getArguments();
                if (arguments.length > 0) {
                    model.addAttribute("problemQuestion", arguments[0]);
                }
                model.addAttribute("problemArgument", arguments.length > 1 ? arguments[1] : "");
            }
        }
        model.addAttribute("problem", problem);
        model.addAttribute("view", view);
        model.addAttribute("typed", typed);
        return BALLOT;
    }

    // ---------------------------------------------------------------- paper

    @GetMapping("/votes/term/{termId}/paper")
    String paperPage(@PathVariable long termId, Model model) {
        votes.requirePaperAllowed(termId);
        PaperForm form = new PaperForm();
        VoteView view = votes.view(termId);
        form.setIssued(view.voters().size());
        model.addAttribute("paperForm", form);
        model.addAttribute("view", view);
        model.addAttribute("typed", Map.of());
        model.addAttribute("problems", Map.of());
        return PAPER;
    }

    @PostMapping("/votes/term/{termId}/paper")
    String paper(
            @PathVariable long termId,
            @ModelAttribute("paperForm") PaperForm form,
            BindingResult errors,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "minutes", required = false) MultipartFile minutes,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        // Permission first: nothing of the upload is read before it.
        votes.requirePaperAllowed(termId);
        VoteView view = votes.view(termId);
        Map<Long, Map<Long, Integer>> votesFor = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (VoteView.QuestionView q : view.questions()) {
            for (VoteView.CandidateView c : q.candidates()) {
                String name = "v" + q.id() + "_" + c.unitId();
                String value = params.getFirst(name);
                typed.put(name, value == null ? "" : value.length() > 9 ? value.substring(0, 9) : value);
                try {
                    votesFor.computeIfAbsent(q.id(), x -> new HashMap<>())
                            .put(c.unitId(), value == null || value.isBlank() ? null : Integer.valueOf(value.trim()));
                } catch (NumberFormatException e) {
                    problems.put(name, "vote.paper.votesRange");
                }
            }
        }
        String fileProblem = null;
        byte[] content = null;
        String contentType = null;
        String fileName = null;
        if (minutes == null || minutes.isEmpty()) {
            fileProblem = "vote.paper.minutesRequired";
        } else if (minutes.getSize() > MINUTES_MAX_BYTES) {
            fileProblem = "vote.paper.minutesTooLarge";
        } else {
            fileName = safeName(minutes.getOriginalFilename());
            try (InputStream in = minutes.getInputStream()) {
                content = in.readNBytes((int) MINUTES_MAX_BYTES + 1);
            }
            contentType = MinutesFiles.typeOf(fileName, content);
            if (content.length > MINUTES_MAX_BYTES) {
                fileProblem = "vote.paper.minutesTooLarge";
            } else if (contentType == null) {
                fileProblem = "vote.paper.minutesType";
            }
        }
        if (!errors.hasErrors()) {
            VoteService.PaperCommand command = new VoteService.PaperCommand(
                    form.getIssued() == null ? -1 : form.getIssued(),
                    form.getReturned() == null ? -1 : form.getReturned(),
                    form.getValid() == null ? -1 : form.getValid(),
                    votesFor);
            votes.paperProblems(termId, command).forEach((field, key) -> {
                if (field.startsWith("v")) {
                    problems.putIfAbsent(field, key);
                } else {
                    errors.rejectValue(field, key);
                }
            });
            if (!errors.hasErrors() && problems.isEmpty() && fileProblem == null) {
                try {
                    votes.recordPaper(termId, command, fileName, contentType, content);
                    Flash.success(redirect, "vote.paper.recorded");
                    return page(termId);
                } catch (VoteException e) {
                    errors.reject(e.getMessageKey(), e.getArguments(), null);
                }
            }
        }
        model.addAttribute("fileProblem", fileProblem);
        model.addAttribute("view", view);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        return PAPER;
    }

    private static String safeName(String name) {
        if (name == null) {
            return "minutes";
        }
        String base = name.replaceAll("^.*[/\\\\]", "");
        String clean = TextInput.strip(base);
        if (clean == null || clean.isBlank() || !TextInput.isPlain(clean, false)) {
            return "minutes";
        }
        return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }

    @GetMapping("/votes/term/{termId}/minutes")
    ResponseEntity<byte[]> minutes(@PathVariable long termId) {
        var file = votes.minutes(termId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    static Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }
}
