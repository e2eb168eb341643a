package vn.thidua.award.decision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeRepository;
import vn.thidua.award.type.FieldProblem;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.FileSignature;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.SearchText;
import vn.thidua.common.TextInput;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.ClusterTermStatus;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYearMilestone;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.Organizers;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/**
 * Decisions on awards (quyết định khen thưởng): the organiser's list, recording a decision from the accepted items of
 * reviewed proposals, a later decision that revokes or amends awards, the decision's page and its signed file. Only
 * an administrator of the organiser records; its staff, the awarded units and their cluster heads read. Every write
 * goes through {@link DecisionWriter}.
 */
@Service
public class DecisionService {

    static final int PERSON_MAX = 150;

    static final String ENTITY = "AwardDecision";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final int REASON_MAX = Revocation.REASON_MAX;

    private final DecisionRepository decisions;
    private final GrantedAwardRepository awards;
    private final RevocationRepository revocations;
    private final DecisionFileRepository files;
    private final DecisionQueries queries;
    private final DecisionWriter writer;
    private final AwardTypeRepository types;
    private final ClusterYears clusterYears;
    private final Units units;
    private final Organizers organizers;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    DecisionService(
            DecisionRepository decisions,
            GrantedAwardRepository awards,
            RevocationRepository revocations,
            DecisionFileRepository files,
            DecisionQueries queries,
            DecisionWriter writer,
            AwardTypeRepository types,
            ClusterYears clusterYears,
            Units units,
            Organizers organizers,
            AccessPolicy policy,
            AuditTrail audit,
            Notifications notifications,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.decisions = decisions;
        this.awards = awards;
        this.revocations = revocations;
        this.files = files;
        this.queries = queries;
        this.writer = writer;
        this.types = types;
        this.clusterYears = clusterYears;
        this.units = units;
        this.organizers = organizers;
        this.policy = policy;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The signed-in staff's organiser's decisions, newest first; a year of 0 means every year. */
    @Transactional(readOnly = true)
    public Page<DecisionRow> list(int year, String query, Pageable pageable) {
        CurrentUser user = policy.requireStaff();
        String pattern = query == null || query.isBlank() ? "%" : SearchText.containsPattern(query);
        return queries.list(user.organizerId(), year, pattern, pageable);
    }

    /** Whether the signed-in person records decisions for their organiser. */
    public boolean canRecord() {
        CurrentUser user = CurrentUsers.find().orElse(null);
        return user != null && policy.isAdminOf(user, user.organizerId());
    }

    /** The record form's defaults and choices: the organiser's accepted items not decided yet, by cluster-year. */
    @Transactional(readOnly = true)
    public DecisionForm form() {
        CurrentUser user = policy.requireAdmin();
        long organizerId = user.organizerId();
        List<AcceptedItem> items = undecided(organizerId);
        Map<Long, ClusterYear> years = yearsOf(items);
        Map<Long, AwardType> typesById = organizerTypes(organizerId);
        Map<Long, UnitSummary> unitNames =
                units.byIds(items.stream().map(AcceptedItem::unitId).collect(Collectors.toSet()));
        Map<Long, List<DecisionForm.Candidate>> byYear = new LinkedHashMap<>();
        for (AcceptedItem item : items) {
            byYear.computeIfAbsent(item.clusterYearId(), k -> new ArrayList<>())
                    .add(candidate(item, typesById, unitNames));
        }
        List<DecisionForm.Group> groups = byYear.entrySet().stream()
                .map(e -> {
                    ClusterYear year = years.get(e.getKey());
                    return new DecisionForm.Group(e.getKey(), year.clusterName(), year.year(), e.getValue());
                })
                .sorted((a, b) -> a.year() != b.year()
                        ? Integer.compare(b.year(), a.year())
                        : a.clusterName().compareTo(b.clusterName()))
                .toList();
        int defaultYear = groups.isEmpty()
                ? organizers.workingYear(organizerId)
                : groups.get(0).year();
        String authority = defaultAuthority(organizers.get(organizerId).name());
        return new DecisionForm(
                authority.length() > Decision.AUTHORITY_MAX ? "" : authority,
                msg("decision.defaultSignerTitle"),
                msg("decision.defaultSubject", Integer.toString(defaultYear)),
                defaultYear,
                groups);
    }

    /** The decision's page, for its organiser's staff, the awarded units and their cluster-years' heads. */
    @Transactional(readOnly = true)
    public DecisionPage page(long decisionId) {
        CurrentUser user = CurrentUsers.require();
        Decision decision = decisions.findById(decisionId).orElseThrow(() -> new NotFoundException("decision"));
        List<GrantedAward> granted = awards.findByDecision(decisionId);
        requireReader(user, decision, granted);
        List<Revocation> marks = granted.isEmpty()
                ? List.of()
                : revocations.findByGrantedIdIn(
                        granted.stream().map(GrantedAward::getId).toList());
        List<Revocation> made = revocations.findByDecisionId(decisionId);
        List<GrantedAward> earlier = made.isEmpty()
                ? List.of()
                : queries.awardsWithDecision(
                        made.stream().map(Revocation::getGrantedId).toList());
        Set<Long> otherDecisionIds = new LinkedHashSet<>();
        marks.forEach(r -> otherDecisionIds.add(r.getDecisionId()));
        Map<Long, GrantedAward> earlierById =
                earlier.stream().collect(Collectors.toMap(GrantedAward::getId, Function.identity()));
        Map<Long, Decision> others = otherDecisionIds.isEmpty()
                ? Map.of()
                : decisions.findAllById(otherDecisionIds).stream()
                        .collect(Collectors.toMap(Decision::getId, Function.identity()));
        Map<Long, AwardType> typesById = organizerTypes(decision.getOrganizerId());
        Set<Long> unitIds = new LinkedHashSet<>();
        granted.forEach(g -> unitIds.add(g.getUnitId()));
        earlier.forEach(g -> unitIds.add(g.getUnitId()));
        Map<Long, UnitSummary> unitNames = units.byIds(unitIds);
        Map<Long, Revocation> markOf =
                marks.stream().collect(Collectors.toMap(Revocation::getGrantedId, Function.identity()));
        List<DecisionPage.AwardLine> lines = new ArrayList<>();
        for (GrantedAward g : granted) {
            Revocation r = markOf.get(g.getId());
            DecisionPage.Mark mark = r == null
                    ? null
                    : new DecisionPage.Mark(
                            r.getKind(), r.getReason(), DecisionPage.DecisionRef.of(others.get(r.getDecisionId())));
            GrantedAward amended = g.getAmendsId() == null ? null : earlierById.get(g.getAmendsId());
            lines.add(new DecisionPage.AwardLine(
                    g,
                    unitName(unitNames, g.getUnitId()),
                    typeName(typesById, g.getAwardTypeId()),
                    mark,
                    amended == null ? null : DecisionPage.DecisionRef.of(amended.getDecision())));
        }
        List<DecisionPage.TakenBackLine> takenBack = new ArrayList<>();
        for (Revocation r : made) {
            GrantedAward g = earlierById.get(r.getGrantedId());
            takenBack.add(new DecisionPage.TakenBackLine(
                    g,
                    unitName(unitNames, g.getUnitId()),
                    typeName(typesById, g.getAwardTypeId()),
                    r.getKind(),
                    r.getReason(),
                    DecisionPage.DecisionRef.of(g.getDecision())));
        }
        boolean canManage = policy.isAdminOf(user, decision.getOrganizerId());
        return new DecisionPage(decision, lines, takenBack, files.infoOf(decisionId), canManage);
    }

    /** The signed file, for whoever may read the decision. */
    @Transactional(readOnly = true)
    public DecisionFile file(long decisionId) {
        CurrentUser user = CurrentUsers.require();
        Decision decision = decisions.findById(decisionId).orElseThrow(() -> new NotFoundException("decision"));
        requireReader(user, decision, awards.findByDecision(decisionId));
        return files.findById(decisionId).orElseThrow(() -> new NotFoundException("decisionFile"));
    }

    /** What the Word draft of a decision being recorded lists: the chosen items, named. Administrators only. */
    @Transactional(readOnly = true)
    public List<DecisionDocumentLine> draftLines(DecisionCommand command) {
        CurrentUser user = policy.requireAdmin();
        Map<Long, AcceptedItem> available = undecided(user.organizerId()).stream()
                .collect(Collectors.toMap(AcceptedItem::itemId, Function.identity()));
        Map<Long, AwardType> typesById = organizerTypes(user.organizerId());
        List<AcceptedItem> chosen = command.choices().stream()
                .map(c -> available.get(c.itemId()))
                .filter(i -> i != null)
                .toList();
        Map<Long, UnitSummary> unitNames =
                units.byIds(chosen.stream().map(AcceptedItem::unitId).collect(Collectors.toSet()));
        List<DecisionDocumentLine> lines = new ArrayList<>();
        for (DecisionCommand.Choice c : command.choices()) {
            AcceptedItem item = available.get(c.itemId());
            if (item == null) {
                continue;
            }
            String achievement = c.achievement() == null || !TextInput.isPlain(c.achievement(), true)
                    ? item.summary()
                    : c.achievement().strip();
            lines.add(new DecisionDocumentLine(
                    recipient(item.personName(), item.personPosition(), unitName(unitNames, item.unitId())),
                    typeName(typesById, item.awardTypeId()),
                    achievement));
        }
        return lines;
    }

    /** What the Word document of a recorded decision lists: its awards, named; for whoever may read it. */
    @Transactional(readOnly = true)
    public List<DecisionDocumentLine> lines(Decision decision) {
        Map<Long, AwardType> typesById = organizerTypes(decision.getOrganizerId());
        List<GrantedAward> granted = awards.findByDecision(decision.getId());
        Map<Long, UnitSummary> unitNames =
                units.byIds(granted.stream().map(GrantedAward::getUnitId).collect(Collectors.toSet()));
        return granted.stream()
                .map(g -> new DecisionDocumentLine(
                        recipient(g.getPersonName(), g.getPersonPosition(), unitName(unitNames, g.getUnitId())),
                        typeName(typesById, g.getAwardTypeId()),
                        g.getAchievement()))
                .toList();
    }

    /** The decision, for whoever may read it (its Word document). */
    @Transactional(readOnly = true)
    public Decision readable(long decisionId) {
        CurrentUser user = CurrentUsers.require();
        Decision decision = decisions.findById(decisionId).orElseThrow(() -> new NotFoundException("decision"));
        requireReader(user, decision, awards.findByDecision(decisionId));
        return decision;
    }

    /** The decision, for an administrator of its organiser (the forms that act on it). */
    @Transactional(readOnly = true)
    public Decision manageable(long decisionId) {
        Decision decision = decisions.findById(decisionId).orElseThrow(() -> new NotFoundException("decision"));
        policy.requireAdminOf(decision.getOrganizerId());
        return decision;
    }

    /** The organiser's name, for the documents' header. */
    @Transactional(readOnly = true)
    public String organizerName(long organizerId) {
        return organizers.get(organizerId).name();
    }

    // ---------------------------------------------------------------- recording

    /**
     * Records a decision awarding accepted items of reviewed proposals, all or nothing: every problem is reported at
     * once, beside its field. Moves each cluster-year concerned on to its decided step and tells the heads and the
     * awarded units.
     */
    @Transactional
    public Decision record(DecisionCommand command) {
        CurrentUser user = policy.requireAdmin();
        long organizerId = user.organizerId();
        List<FieldProblem> problems = new ArrayList<>();
        DecisionHeader header = header(
                command.number(),
                command.decidedOn(),
                command.authority(),
                command.signerName(),
                command.signerTitle(),
                command.subject(),
                organizerId,
                problems);
        Integer year = command.year();
        if (year == null || year < 2000 || year > 2100) {
            problems.add(FieldProblem.of("year", "decision.year.invalid"));
            year = null;
        } else if (header.decidedOn() != null && header.decidedOn().getYear() < year) {
            problems.add(FieldProblem.of("decidedOn", "decision.decidedOn.beforeYear", Integer.toString(year)));
        }
        Map<Long, AcceptedItem> available =
                undecided(organizerId).stream().collect(Collectors.toMap(AcceptedItem::itemId, Function.identity()));
        Map<Long, ClusterYear> years = yearsOf(List.copyOf(available.values()));
        List<DecisionWriter.Grant> grants = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        if (command.choices().isEmpty()) {
            problems.add(FieldProblem.of("items", "decision.items.required"));
        }
        for (DecisionCommand.Choice choice : command.choices()) {
            AcceptedItem item = available.get(choice.itemId());
            if (item == null || !seen.add(choice.itemId())) {
                problems.add(FieldProblem.of("items", "decision.items.unavailable"));
                continue;
            }
            String field = "achievements[" + choice.itemId() + "]";
            String achievement = text(choice.achievement(), GrantedAward.ACHIEVEMENT_MAX, true, field, problems);
            if (achievement != null && achievement.isEmpty()) {
                problems.add(FieldProblem.of(field, "decision.achievement.required"));
            }
            if (year != null && years.get(item.clusterYearId()).year() != year) {
                problems.add(FieldProblem.of(
                        "items",
                        "decision.items.otherYear",
                        Integer.toString(years.get(item.clusterYearId()).year())));
            }
            grants.add(new DecisionWriter.Grant(
                    new GrantedAward.Recipient(
                            item.unitId(), item.personName(), item.personPosition(), item.personGender()),
                    item.awardTypeId(),
                    achievement,
                    item.itemId(),
                    null));
        }
        if (!problems.isEmpty()) {
            throw new DecisionInvalid(distinct(problems));
        }
        DecisionWriter.Written written = write(organizerId, header, year, grants, List.of(), user);
        Decision decision = written.decision();
        Map<String, Object> after = new LinkedHashMap<>(headerValues(decision));
        after.put("awards", written.granted().size());
        after.put("awarded", awardedText(written.granted(), organizerId));
        record(decision, DecisionAuditAction.DECISION_RECORDED, after, null);

        Set<Long> terms = new LinkedHashSet<>();
        command.choices().forEach(c -> terms.add(available.get(c.itemId()).clusterYearId()));
        Set<Long> told = new LinkedHashSet<>();
        written.granted().forEach(g -> told.add(g.getUnitId()));
        for (long termId : terms) {
            ClusterYear clusterYear = years.get(termId);
            if (clusterYear.status() == ClusterTermStatus.PROPOSAL) {
                events.publishEvent(ClusterYearMilestone.of(termId, ClusterYearMilestone.Milestone.AWARDS_DECIDED));
            }
            clusterYear.head().map(ClusterYearMember::unitId).ifPresent(told::add);
        }
        notifications.notifyUnits(
                told,
                NotificationMessage.of(
                        "decision.notify.recorded",
                        "/decisions/" + decision.getId(),
                        decision.getNumber(),
                        DisplayFormat.DATE.format(decision.getDecidedOn())));
        return decision;
    }

    /**
     * Records a later decision that revokes (thu hồi) or amends awards of this decision, all or nothing; an amended
     * award is replaced by a corrected one naming it. Both decisions stay as they are.
     */
    @Transactional
    public Decision takeBack(long decisionId, TakeBackCommand command) {
        Decision earlier = decisions.findById(decisionId).orElseThrow(() -> new NotFoundException("decision"));
        CurrentUser user = policy.requireAdminOf(earlier.getOrganizerId());
        long organizerId = earlier.getOrganizerId();
        List<FieldProblem> problems = new ArrayList<>();
        DecisionHeader header = header(
                command.number(),
                command.decidedOn(),
                command.authority(),
                command.signerName(),
                command.signerTitle(),
                command.subject(),
                organizerId,
                problems);
        if (header.decidedOn() != null && header.decidedOn().isBefore(earlier.getDecidedOn())) {
            problems.add(FieldProblem.of(
                    "decidedOn", "decision.takeBack.notLater", DisplayFormat.DATE.format(earlier.getDecidedOn())));
        }
        Map<Long, GrantedAward> granted = awards.findByDecision(decisionId).stream()
                .collect(Collectors.toMap(GrantedAward::getId, Function.identity()));
        Set<Long> alreadyTaken = granted.isEmpty()
                ? Set.of()
                : revocations.findByGrantedIdIn(granted.keySet()).stream()
                        .map(Revocation::getGrantedId)
                        .collect(Collectors.toSet());
        List<DecisionWriter.Grant> grants = new ArrayList<>();
        List<DecisionWriter.TakeBack> takeBacks = new ArrayList<>();
        for (TakeBackCommand.Change change : command.changes()) {
            if (change.kind() == null) {
                continue;
            }
            GrantedAward award = granted.get(change.awardId());
            if (award == null || alreadyTaken.contains(change.awardId())) {
                problems.add(FieldProblem.of("changes", "decision.takeBack.unavailable"));
                continue;
            }
            String reasonField = "reasons[" + change.awardId() + "]";
            String reason = text(change.reason(), REASON_MAX, true, reasonField, problems);
            if (reason != null && reason.isEmpty()) {
                problems.add(FieldProblem.of(reasonField, "decision.takeBack.reasonRequired"));
            }
            takeBacks.add(new DecisionWriter.TakeBack(award.getId(), change.kind(), reason));
            if (change.kind() == RevocationKind.AMENDED) {
                String field = "corrections[" + change.awardId() + "]";
                String corrected =
                        text(change.correctedAchievement(), GrantedAward.ACHIEVEMENT_MAX, true, field, problems);
                if (corrected != null && corrected.isEmpty()) {
                    problems.add(FieldProblem.of(field, "decision.achievement.required"));
                }
                grants.add(new DecisionWriter.Grant(
                        correctedRecipient(award, change, problems),
                        award.getAwardTypeId(),
                        corrected,
                        null,
                        award.getId()));
            }
        }
        if (takeBacks.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("changes"))) {
            problems.add(FieldProblem.of("changes", "decision.takeBack.required"));
        }
        if (!problems.isEmpty()) {
            throw new DecisionInvalid(distinct(problems));
        }
        DecisionWriter.Written written = write(organizerId, header, earlier.getYear(), grants, takeBacks, user);
        Decision later = written.decision();
        Map<String, Object> after = new LinkedHashMap<>(headerValues(later));
        after.put("awards", written.granted().size());
        List<GrantedAward> revoked = new ArrayList<>();
        List<GrantedAward> amended = new ArrayList<>();
        for (DecisionWriter.TakeBack t : takeBacks) {
            (t.kind() == RevocationKind.AMENDED ? amended : revoked).add(granted.get(t.awardId()));
        }
        if (!revoked.isEmpty()) {
            after.put("revoked", awardedText(revoked, organizerId));
        }
        if (!amended.isEmpty()) {
            after.put("amended", awardedText(amended, organizerId));
        }
        after.put(
                "reason",
                takeBacks.stream()
                        .map(DecisionWriter.TakeBack::reason)
                        .distinct()
                        .collect(Collectors.joining("; ")));
        record(later, DecisionAuditAction.DECISION_AWARDS_TAKEN_BACK, after, earlier.getNumber());
        Set<Long> told = new LinkedHashSet<>();
        takeBacks.forEach(t -> told.add(granted.get(t.awardId()).getUnitId()));
        notifications.notifyUnits(
                told,
                NotificationMessage.of(
                        "decision.notify.takenBack",
                        "/decisions/" + later.getId(),
                        later.getNumber(),
                        earlier.getNumber()));
        return later;
    }

    /** Refuses anyone but an administrator of the decision's organiser, or a decision whose file is attached. */
    @Transactional(readOnly = true)
    public void requireFileUpload(long decisionId) {
        Decision decision = manageable(decisionId);
        if (files.existsById(decision.getId())) {
            throw new DecisionException("decision.file.exists");
        }
    }

    /** Attaches the signed PDF, once: a PDF by its first bytes and its name, at most 10 MB. */
    @Transactional
    public DecisionFileInfo attach(long decisionId, String fileName, byte[] content) {
        Decision decision = manageable(decisionId);
        CurrentUser user = CurrentUsers.require();
        if (files.existsById(decision.getId())) {
            throw new DecisionException("decision.file.exists");
        }
        if (content == null || content.length == 0) {
            throw new DecisionException("decision.file.empty");
        }
        if (content.length > DecisionFile.MAX_BYTES) {
            throw new DecisionException("decision.file.tooLarge", DecisionFile.MAX_BYTES / (1024 * 1024));
        }
        if (FileSignature.of(content).filter(s -> s == FileSignature.PDF).isEmpty()
                || !"pdf".equals(FileSignature.extension(fileName))) {
            throw new DecisionException("decision.file.notPdf");
        }
        String name = TextInput.strip(fileName).strip().replaceAll("[\\\\/]", "_");
        if (name.length() > DecisionFile.NAME_MAX) {
            name = name.substring(name.length() - DecisionFile.NAME_MAX);
        }
        String sha256 = sha256(content);
        DecisionFile file = files.saveAndFlush(
                new DecisionFile(decisionId, name, content, sha256, user.getUsername(), clock.instant()));
        record(decision, DecisionAuditAction.DECISION_FILE_ATTACHED, Map.of("fileName", name, "sha256", sha256), null);
        return new DecisionFileInfo(
                file.getFileName(), file.getSizeBytes(), sha256, file.getUploadedAt(), file.getUploadedBy());
    }

    // ---------------------------------------------------------------- helpers

    private DecisionWriter.Written write(
            long organizerId,
            DecisionHeader header,
            int year,
            List<DecisionWriter.Grant> grants,
            List<DecisionWriter.TakeBack> takeBacks,
            CurrentUser user) {
        try {
            return writer.write(
                    organizerId, header, year, DecisionSource.RECORDED, false, grants, takeBacks, user.getUsername());
        } catch (DataIntegrityViolationException e) {
            String text = String.valueOf(e.getMostSpecificCause().getMessage());
            if (text.contains("award_decision_number_uk")) {
                throw new DecisionInvalid(List.of(FieldProblem.of("number", "decision.number.taken")));
            }
            if (text.contains("proposal_item_id")) {
                throw new DecisionInvalid(List.of(FieldProblem.of("items", "decision.items.decidedMeanwhile")));
            }
            if (text.contains("granted_id") || text.contains("later decision")) {
                throw new DecisionInvalid(List.of(FieldProblem.of("changes", "decision.takeBack.meanwhile")));
            }
            throw e;
        }
    }

    private DecisionHeader header(
            String number,
            String decidedOn,
            String authority,
            String signerName,
            String signerTitle,
            String subject,
            long organizerId,
            List<FieldProblem> problems) {
        String num = required(number, Decision.NUMBER_MAX, false, "number", problems);
        LocalDate date = null;
        if (decidedOn == null || decidedOn.isBlank()) {
            problems.add(FieldProblem.of("decidedOn", "decision.decidedOn.required"));
        } else {
            try {
                date = decidedOn.length() > 20 ? null : DisplayFormat.parseDate(decidedOn);
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date == null) {
                problems.add(FieldProblem.of("decidedOn", "decision.decidedOn.invalid"));
            } else if (date.isAfter(BusinessTime.today(clock))) {
                problems.add(FieldProblem.of("decidedOn", "decision.decidedOn.future"));
                date = null;
            } else if (date.getYear() < 2000) {
                problems.add(FieldProblem.of("decidedOn", "decision.decidedOn.invalid"));
                date = null;
            }
        }
        String auth = required(authority, Decision.AUTHORITY_MAX, false, "authority", problems);
        String name = required(signerName, Decision.SIGNER_NAME_MAX, false, "signerName", problems);
        String title = required(signerTitle, Decision.SIGNER_TITLE_MAX, false, "signerTitle", problems);
        String subj = required(subject, Decision.SUBJECT_MAX, true, "subject", problems);
        if (num != null && date != null && queries.numberTaken(organizerId, num, date)) {
            problems.add(FieldProblem.of("number", "decision.number.taken"));
        }
        return new DecisionHeader(num, date, auth, name, title, subj);
    }

    private static String required(
            String value, int max, boolean multiLine, String field, List<FieldProblem> problems) {
        String text = text(value, max, multiLine, field, problems);
        if (text != null && text.isEmpty()) {
            problems.add(FieldProblem.of(field, "decision.field.required"));
            return null;
        }
        return text;
    }

    /** The text stripped, or null (with its problem added) when it is too long or holds control characters. */
    private static String text(String value, int max, boolean multiLine, String field, List<FieldProblem> problems) {
        if (value == null) {
            return "";
        }
        String problem = TextInput.problem(value, max, multiLine);
        if (problem != null) {
            problems.add(
                    TextInput.TOO_LONG.equals(problem)
                            ? FieldProblem.of(field, problem, max, value.strip().length())
                            : FieldProblem.of(field, problem));
            return null;
        }
        return value.strip();
    }

    private static List<FieldProblem> distinct(List<FieldProblem> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    private void requireReader(CurrentUser user, Decision decision, List<GrantedAward> granted) {
        if (policy.isStaffOf(user, decision.getOrganizerId())) {
            return;
        }
        if (user.unitId() == null || user.organizerId() != decision.getOrganizerId()) {
            throw new AccessDeniedException("not a reader of the decision");
        }
        for (GrantedAward g : granted) {
            if (policy.actsFor(user, g.getUnitId())) {
                return;
            }
        }
        List<Long> items = granted.stream()
                .map(GrantedAward::getProposalItemId)
                .filter(id -> id != null)
                .toList();
        if (!items.isEmpty()) {
            for (ClusterYear year : clusterYears.withMembers(new LinkedHashSet<>(queries.clusterYearsOfItems(items)))) {
                if (policy.isHeadOf(user, year.id())
                        || year.head()
                                .map(h -> policy.actsFor(user, h.unitId()))
                                .orElse(false)) {
                    return;
                }
            }
        }
        throw new AccessDeniedException("not a reader of the decision");
    }

    /** The organiser's accepted items not decided yet. */
    private List<AcceptedItem> undecided(long organizerId) {
        List<AcceptedItem> all = queries.undecidedAccepted();
        if (all.isEmpty()) {
            return all;
        }
        Map<Long, ClusterYear> years = yearsOf(all);
        return all.stream()
                .filter(i -> years.containsKey(i.clusterYearId())
                        && years.get(i.clusterYearId()).organizerId() == organizerId
                        && !years.get(i.clusterYearId()).isReadOnly())
                .toList();
    }

    private Map<Long, ClusterYear> yearsOf(List<AcceptedItem> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        return clusterYears
                .withMembers(items.stream().map(AcceptedItem::clusterYearId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(ClusterYear::id, Function.identity()));
    }

    private DecisionForm.Candidate candidate(
            AcceptedItem item, Map<Long, AwardType> typesById, Map<Long, UnitSummary> unitNames) {
        String unit = unitName(unitNames, item.unitId());
        return new DecisionForm.Candidate(
                item.itemId(),
                recipient(item.personName(), item.personPosition(), unit),
                unit,
                typeName(typesById, item.awardTypeId()),
                item.personName() != null,
                item.summary());
    }

    static String recipient(String personName, String personPosition, String unitName) {
        return personName == null ? unitName : personName + ", " + personPosition + ", " + unitName;
    }

    private String awardedText(List<GrantedAward> granted, long organizerId) {
        Map<Long, AwardType> typesById = organizerTypes(organizerId);
        Map<Long, UnitSummary> unitNames =
                units.byIds(granted.stream().map(GrantedAward::getUnitId).collect(Collectors.toSet()));
        return granted.stream()
                .map(g -> typeName(typesById, g.getAwardTypeId()) + ": "
                        + recipient(g.getPersonName(), g.getPersonPosition(), unitName(unitNames, g.getUnitId())))
                .collect(Collectors.joining("; "));
    }

    private static Map<String, Object> headerValues(Decision d) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", d.getNumber());
        values.put("decidedOn", DisplayFormat.DATE.format(d.getDecidedOn()));
        values.put("year", d.getYear());
        values.put("authority", d.getAuthority());
        values.put("signer", d.getSignerTitle() + " " + d.getSignerName());
        values.put("subject", d.getSubject());
        return values;
    }

    private void record(Decision decision, DecisionAuditAction action, Map<String, ?> after, String reason) {
        AuditEntry entry = AuditEntry.of(
                        decision.getOrganizerId(),
                        action.code(),
                        ENTITY,
                        decision.getId(),
                        decision.getNumber() + " " + DisplayFormat.DATE.format(decision.getDecidedOn()))
                .withValues(Map.of(), after);
        audit.record(reason == null ? entry : entry.withReason(reason));
    }

    private Map<Long, AwardType> organizerTypes(long organizerId) {
        Map<Long, AwardType> byId = new LinkedHashMap<>();
        types.findByOrganizer(organizerId).forEach(t -> byId.put(t.getId(), t));
        return byId;
    }

    private static String typeName(Map<Long, AwardType> typesById, long typeId) {
        AwardType type = typesById.get(typeId);
        return type == null ? "—" : type.getName();
    }

    private static String unitName(Map<Long, UnitSummary> unitNames, long unitId) {
        UnitSummary unit = unitNames.get(unitId);
        return unit == null ? "—" : unit.name();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The province's People's Committee, read from the council's name ("… tỉnh An Giang"); else the name itself. */
    String defaultAuthority(String organizerName) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(tỉnh|thành phố)\\s+\\S.*$").matcher(organizerName);
        return m.find() ? msg("decision.defaultAuthority", m.group()) : organizerName;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    /** The recipient of an amended award: a unit stays itself; a person's name and position may be corrected. */
    private GrantedAward.Recipient correctedRecipient(
            GrantedAward award, TakeBackCommand.Change change, List<FieldProblem> problems) {
        if (!award.isIndividual()) {
            return award.recipient();
        }
        String nameField = "names[" + change.awardId() + "]";
        String positionField = "positions[" + change.awardId() + "]";
        String name = text(change.correctedName(), PERSON_MAX, false, nameField, problems);
        String position = text(change.correctedPosition(), PERSON_MAX, false, positionField, problems);
        if (name != null && name.isEmpty()) {
            problems.add(FieldProblem.of(nameField, "decision.takeBack.nameRequired"));
        }
        if (position != null && position.isEmpty()) {
            problems.add(FieldProblem.of(positionField, "decision.takeBack.positionRequired"));
        }
        return new GrantedAward.Recipient(award.getUnitId(), name, position, award.getPersonGender());
    }
}
