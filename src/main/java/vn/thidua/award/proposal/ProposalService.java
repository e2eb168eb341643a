package vn.thidua.award.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
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
import vn.thidua.award.history.AwardHistoryService;
import vn.thidua.award.history.PersonKey;
import vn.thidua.award.registration.Registration;
import vn.thidua.award.registration.RegistrationRepository;
import vn.thidua.award.type.AwardRecipient;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeRepository;
import vn.thidua.award.type.DocumentKind;
import vn.thidua.award.type.PrerequisiteKind;
import vn.thidua.award.vote.VoteOutcomes;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.TextInput;
import vn.thidua.common.Versions;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYearMilestone;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.Organizers;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;
import vn.thidua.scoring.RankedUnit;
import vn.thidua.scoring.Rankings;

/**
 * A cluster-year's award proposal: drafted by the cluster's current head or an administrator of its organiser, read by
 * its members and the organiser's staff, checked against the award types' rules and submitted to the organiser.
 */
@Service
public class ProposalService {

    static final String ENTITY = "AwardProposal";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ProposalRepository proposals;
    private final ProposalDocumentRepository documents;
    private final ProposalStatusChangeRepository history;
    private final AwardTypeRepository types;
    private final RegistrationRepository registrations;
    private final VoteOutcomes votes;
    private final Rankings rankings;
    private final ClusterYears clusterYears;
    private final Units units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final Organizers organizers;
    private final AwardHistoryService awardHistory;

    ProposalService(
            ProposalRepository proposals,
            ProposalDocumentRepository documents,
            ProposalStatusChangeRepository history,
            AwardTypeRepository types,
            RegistrationRepository registrations,
            VoteOutcomes votes,
            Rankings rankings,
            ClusterYears clusterYears,
            Units units,
            AccessPolicy policy,
            AuditTrail audit,
            Notifications notifications,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock,
            Organizers organizers,
            AwardHistoryService awardHistory) {
        this.proposals = proposals;
        this.documents = documents;
        this.history = history;
        this.types = types;
        this.registrations = registrations;
        this.votes = votes;
        this.rankings = rankings;
        this.clusterYears = clusterYears;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.organizers = organizers;
        this.awardHistory = awardHistory;
    }

    /** The working year of the signed-in person's organiser. */
    @Transactional(readOnly = true)
    public int workingYear() {
        return organizers.workingYear(CurrentUsers.require().organizerId());
    }

    // ---------------------------------------------------------------- reading

    /** The proposal page of a cluster-year, for whoever may read the cluster-year. */
    @Transactional(readOnly = true)
    public ProposalPage page(long termId) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = readable(user, termId);
        boolean canEdit = policy.isHeadOrAdminOf(user, termId) && !year.isReadOnly();
        Optional<Proposal> proposal = proposals.findByClusterYear(termId);
        Map<Long, AwardType> typesById = organizerTypes(year.organizerId());
        List<DocumentInfo> docs = proposal.map(p -> documents.infoOf(p.getId())).orElse(List.of());
        List<ProposalPage.ItemRow> rows = new ArrayList<>();
        List<ProposalRules.Failure> failures = List.of();
        List<ProposalStatusChange> changes = List.of();
        if (proposal.isPresent()) {
            Proposal p = proposal.get();
            Map<Long, UnitSummary> unitNames = units.byIds(
                    p.getItems().stream().map(ProposalItem::getUnitId).collect(Collectors.toSet()));
            for (ProposalItem item : p.getItems()) {
                AwardType type = typesById.get(item.getAwardTypeId());
                UnitSummary unit = unitNames.get(item.getUnitId());
                rows.add(new ProposalPage.ItemRow(
                        item,
                        type == null ? "—" : type.getName(),
                        type == null ? AwardRecipient.COLLECTIVE : type.getRecipient(),
                        unit == null ? "—" : unit.name(),
                        docs.stream()
                                .filter(d -> item.getId().equals(d.itemId()))
                                .toList()));
            }
            if (p.getStatus().isEditable()) {
                failures = ProposalRules.check(facts(year, p, typesById, docs, unitNames));
            }
            changes = history.findByProposalIdOrderByIdAsc(p.getId());
        }
        List<ProposalPage.TypeChoice> choices = typesById.values().stream()
                .filter(AwardType::isActive)
                .map(t -> new ProposalPage.TypeChoice(t.getId(), t.getName(), t.getRecipient()))
                .toList();
        return new ProposalPage(year, proposal, rows, docs, choices, failures, changes, canEdit);
    }

    /** The proposal with its items, for the documents generated from it; for whoever may read the cluster-year. */
    @Transactional(readOnly = true)
    public SubmissionView submission(long termId) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = readable(user, termId);
        Proposal proposal = proposals.findByClusterYear(termId).orElseThrow(() -> new NotFoundException("proposal"));
        Map<Long, AwardType> typesById = organizerTypes(year.organizerId());
        Map<Long, UnitSummary> unitNames = units.byIds(
                proposal.getItems().stream().map(ProposalItem::getUnitId).collect(Collectors.toSet()));
        List<SubmissionView.Line> lines = new ArrayList<>();
        for (ProposalItem item : proposal.getItems()) {
            AwardType type = typesById.get(item.getAwardTypeId());
            UnitSummary unit = unitNames.get(item.getUnitId());
            lines.add(new SubmissionView.Line(
                    type == null ? "—" : type.getName(),
                    type == null ? 0 : type.getSortOrder(),
                    unit == null ? "—" : unit.name(),
                    item.getPersonName(),
                    item.getPersonPosition(),
                    item.getSummary()));
        }
        return new SubmissionView(year, proposal, lines);
    }

    /**
     * The award types' rules run on the proposal as it stands (what was checked at submission, against today's data),
     * for whoever may read the cluster-year; none before a proposal is started.
     */
    @Transactional(readOnly = true)
    public List<ProposalRules.Failure> checks(long termId) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = readable(user, termId);
        Optional<Proposal> proposal = proposals.findByClusterYear(termId);
        if (proposal.isEmpty()) {
            return List.of();
        }
        Proposal p = proposal.get();
        Map<Long, UnitSummary> unitNames =
                units.byIds(p.getItems().stream().map(ProposalItem::getUnitId).collect(Collectors.toSet()));
        return ProposalRules.check(
                facts(year, p, organizerTypes(year.organizerId()), documents.infoOf(p.getId()), unitNames));
    }

    /** An uploaded document of the dossier, for whoever may read the cluster-year. */
    @Transactional(readOnly = true)
    public ProposalDocument document(long termId, long documentId) {
        CurrentUser user = CurrentUsers.require();
        readable(user, termId);
        Proposal proposal = proposals.findByClusterYear(termId).orElseThrow(() -> new NotFoundException("proposal"));
        return documents
                .findByIdAndProposalId(documentId, proposal.getId())
                .orElseThrow(() -> new NotFoundException("document"));
    }

    /** The proposals sent to the signed-in staff's organiser for a year, by cluster. */
    @Transactional(readOnly = true)
    public Page<SentProposal> sent(int year, Pageable pageable) {
        CurrentUser user = policy.requireStaff();
        Map<Long, ClusterYearSummary> years = clusterYears.ofOrganizer(user.organizerId(), year).stream()
                .collect(Collectors.toMap(ClusterYearSummary::id, Function.identity()));
        if (years.isEmpty()) {
            return Page.empty(pageable);
        }
        return proposals.sentIn(years.keySet(), pageable).map(p -> {
            ClusterYearSummary summary = years.get(p.getClusterYearId());
            return new SentProposal(
                    p.getClusterYearId(),
                    summary.clusterCode(),
                    summary.clusterName(),
                    p.getStatus(),
                    p.getItems().size(),
                    p.getSubmittedAt(),
                    p.getSubmittedBy());
        });
    }

    /** Whether the signed-in person sees the organiser's list of proposals (its staff) rather than their own clusters'. */
    public boolean seesOrganizerList() {
        return CurrentUsers.require().role().isProvinceStaff();
    }

    /** The cluster-years of a year that the signed-in unit officer's unit is a member of, with their proposal's status. */
    @Transactional(readOnly = true)
    public List<OwnProposal> mine(int year) {
        CurrentUser user = CurrentUsers.require();
        if (user.unitId() == null) {
            return List.of();
        }
        List<ClusterYearSummary> years = clusterYears.ofUnit(user.unitId()).stream()
                .filter(y -> y.year() == year)
                .toList();
        if (years.isEmpty()) {
            return List.of();
        }
        Map<Long, ProposalStatus> statuses = new HashMap<>();
        proposals
                .statusesOf(years.stream().map(ClusterYearSummary::id).toList())
                .forEach(row -> statuses.put((Long) row[0], (ProposalStatus) row[1]));
        return years.stream()
                .map(y -> new OwnProposal(y.id(), y.clusterName(), y.year(), statuses.get(y.id())))
                .toList();
    }

    /** A cluster-year of the person's unit and the status of its proposal ({@code null} before one is started). */
    public record OwnProposal(long clusterYearId, String clusterName, int year, ProposalStatus status) {}

    /** Refuses anyone but the cluster-year's current head or an administrator of its organiser, or a closed year. */
    @Transactional(readOnly = true)
    public void requireEditor(long termId) {
        editable(CurrentUsers.require(), termId);
    }

    // ---------------------------------------------------------------- changing

    @Transactional
    public Proposal start(long termId) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = editable(user, termId);
        if (proposals.findByClusterYear(termId).isPresent()) {
            throw new ProposalException("proposal.error.exists");
        }
        Instant now = clock.instant();
        Proposal proposal = proposals.saveAndFlush(new Proposal(
                termId,
                msg("proposal.submission.defaultRecipient"),
                msg("proposal.submission.defaultBody", year.clusterName(), Integer.toString(year.year())),
                user.getUsername(),
                now));
        history.save(new ProposalStatusChange(proposal.getId(), null, ProposalStatus.DRAFT, user.getUsername(), now));
        record(
                year,
                proposal,
                ProposalAuditAction.PROPOSAL_DRAFTED.code(),
                Map.of(),
                Map.of("status", ProposalStatus.DRAFT));
        return proposal;
    }

    @Transactional
    public ProposalItem addItem(long termId, long version, ItemCommand command) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = editable(user, termId);
        Proposal proposal = current(termId, version);
        AwardType type = types.findById(command.awardTypeId())
                .filter(t -> t.getOrganizerId() == year.organizerId() && t.isActive())
                .orElseThrow(() -> new ProposalException("proposal.item.typeUnknown"));
        ClusterYearMember member =
                year.member(command.unitId()).orElseThrow(() -> new ProposalException("proposal.item.notMember"));
        String summary = TextInput.require(command.summary(), ProposalItem.SUMMARY_MAX, true)
                .strip();
        if (summary.isEmpty()) {
            throw new ProposalException("proposal.item.summaryRequired");
        }
        ProposalItem.Person person = null;
        if (type.getRecipient() == AwardRecipient.INDIVIDUAL) {
            ProposalItem.Person given = command.person();
            if (given == null
                    || given.name() == null
                    || given.name().isBlank()
                    || given.position() == null
                    || given.position().isBlank()
                    || given.gender() == null) {
                throw new ProposalException("proposal.item.personRequired");
            }
            person = new ProposalItem.Person(
                    TextInput.require(given.name(), ProposalItem.NAME_MAX, false)
                            .strip(),
                    TextInput.require(given.position(), ProposalItem.POSITION_MAX, false)
                            .strip(),
                    given.gender(),
                    given.birthDate());
        }
        Instant now = clock.instant();
        ProposalItem item =
                proposal.addItem(new ProposalItem(proposal, type.getId(), member.unitId(), person, summary, now), now);
        proposals.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("awardType", type.getName());
        after.put("candidate", person == null ? member.unitName() : person.name() + " (" + member.unitName() + ")");
        if (person != null) {
            after.put("position", person.position());
        }
        after.put("summary", summary);
        after.put("items", proposal.getItems().size());
        record(year, proposal, ProposalAuditAction.PROPOSAL_ITEM_ADDED.code(), Map.of(), after);
        return item;
    }

    /** Changes an item's person (for an individual) and summary; its type and unit stay. */
    @Transactional
    public void editItem(long termId, long itemId, long version, ProposalItem.Person person, String summary) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = editable(user, termId);
        Proposal proposal = current(termId, version);
        ProposalItem item = proposal.item(itemId).orElseThrow(() -> new NotFoundException("item"));
        String text = TextInput.require(summary, ProposalItem.SUMMARY_MAX, true).strip();
        if (text.isEmpty()) {
            throw new ProposalException("proposal.item.summaryRequired");
        }
        ProposalItem.Person revised = null;
        if (item.isIndividual()) {
            if (person == null
                    || person.name() == null
                    || person.name().isBlank()
                    || person.position() == null
                    || person.position().isBlank()
                    || person.gender() == null) {
                throw new ProposalException("proposal.item.personRequired");
            }
            revised = new ProposalItem.Person(
                    TextInput.require(person.name(), ProposalItem.NAME_MAX, false)
                            .strip(),
                    TextInput.require(person.position(), ProposalItem.POSITION_MAX, false)
                            .strip(),
                    person.gender(),
                    person.birthDate());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (revised != null) {
            before.put("candidate", item.getPersonName());
            before.put("position", item.getPersonPosition());
            after.put("candidate", revised.name());
            after.put("position", revised.position());
        }
        before.put("summary", item.getSummary());
        after.put("summary", text);
        proposal.reviseItem(item, revised, text, clock.instant());
        proposals.flush();
        record(year, proposal, ProposalAuditAction.PROPOSAL_ITEM_EDITED.code(), before, after);
    }

    @Transactional
    public void removeItem(long termId, long itemId, long version) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = editable(user, termId);
        Proposal proposal = current(termId, version);
        ProposalItem item = proposal.item(itemId).orElseThrow(() -> new NotFoundException("item"));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("candidate", item.isIndividual() ? item.getPersonName() : unitName(item.getUnitId()));
        before.put("summary", item.getSummary());
        before.put("items", proposal.getItems().size());
        proposal.removeItem(item, clock.instant());
        proposals.flush();
        record(
                year,
                proposal,
                ProposalAuditAction.PROPOSAL_ITEM_REMOVED.code(),
                before,
                Map.of("items", proposal.getItems().size()));
    }

    @Transactional
    public void saveSubmission(long termId, long version, String recipient, String body) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = editable(user, termId);
        Proposal proposal = current(termId, version);
        String to = TextInput.require(recipient, Proposal.RECIPIENT_MAX, false).strip();
        String text = TextInput.require(body, Proposal.BODY_MAX, true).strip();
        if (to.isEmpty() || text.isEmpty()) {
            throw new ProposalException("proposal.submission.required");
        }
        Map<String, Object> before =
                Map.of("recipient", proposal.getSubmissionRecipient(), "body", proposal.getSubmissionBody());
        proposal.editSubmission(to, text, clock.instant());
        proposals.flush();
        record(
                year,
                proposal,
                ProposalAuditAction.PROPOSAL_SUBMISSION_EDITED.code(),
                before,
                Map.of("recipient", to, "body", text));
    }

    @Transactional
    public DocumentInfo attach(
            long termId,
            long version,
            ProposalDocumentKind kind,
            Long itemId,
            String name,
            String fileName,
            byte[] content) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = editable(user, termId);
        Proposal proposal = current(termId, version);
        Long item = null;
        String documentName;
        if (kind.perItem()) {
            ProposalItem proposed =
                    itemId == null ? null : proposal.item(itemId).orElse(null);
            if (proposed == null) {
                throw new ProposalException("proposal.document.itemRequired");
            }
            item = proposed.getId();
            documentName = msg(kind.messageKey());
        } else if (kind == ProposalDocumentKind.OTHER) {
            documentName = name == null
                    ? ""
                    : TextInput.require(name, ProposalDocument.NAME_MAX, false).strip();
            if (documentName.isEmpty()) {
                throw new ProposalException("proposal.document.nameRequired");
            }
        } else {
            documentName = msg(kind.messageKey());
        }
        DossierFile file = DossierFile.of(fileName, content, kind != ProposalDocumentKind.ACHIEVEMENT_REPORT);
        Instant now = clock.instant();
        ProposalDocument document = documents.saveAndFlush(
                new ProposalDocument(proposal.getId(), item, kind, documentName, file, user.getUsername(), now));
        proposal.touch(now);
        proposals.flush();
        record(
                year,
                proposal,
                ProposalAuditAction.PROPOSAL_DOCUMENT_ADDED.code(),
                Map.of(),
                Map.of("documentKind", kind, "documentName", documentName, "fileName", file.fileName()));
        return new DocumentInfo(
                document.getId(),
                item,
                kind,
                documentName,
                file.fileName(),
                file.type().contentType(),
                content.length,
                user.getUsername(),
                now);
    }

    @Transactional
    public void removeDocument(long termId, long documentId, long version) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = editable(user, termId);
        Proposal proposal = current(termId, version);
        ProposalDocument document = documents
                .findByIdAndProposalId(documentId, proposal.getId())
                .orElseThrow(() -> new NotFoundException("document"));
        documents.delete(document);
        proposal.touch(clock.instant());
        proposals.flush();
        record(
                year,
                proposal,
                ProposalAuditAction.PROPOSAL_DOCUMENT_REMOVED.code(),
                Map.of(
                        "documentKind",
                        document.getKind(),
                        "documentName",
                        document.getName(),
                        "fileName",
                        document.getFileName()),
                Map.of());
    }

    /**
     * Submits the proposal when every rule is met, all or nothing; moves the cluster-year to its proposal step and
     * tells the organiser's staff.
     */
    @Transactional
    public void submit(long termId, long version) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = editable(user, termId);
        Proposal proposal = current(termId, version);
        Map<Long, AwardType> typesById = organizerTypes(year.organizerId());
        List<DocumentInfo> docs = documents.infoOf(proposal.getId());
        Map<Long, UnitSummary> unitNames = units.byIds(
                proposal.getItems().stream().map(ProposalItem::getUnitId).collect(Collectors.toSet()));
        List<ProposalRules.Failure> failures = ProposalRules.check(facts(year, proposal, typesById, docs, unitNames));
        if (!failures.isEmpty()) {
            throw new ProposalRefused(failures);
        }
        Instant now = clock.instant();
        ProposalStatus before = proposal.submit(user.getUsername(), now);
        proposals.flush();
        history.save(
                new ProposalStatusChange(proposal.getId(), before, ProposalStatus.SUBMITTED, user.getUsername(), now));
        record(
                year,
                proposal,
                ProposalAuditAction.PROPOSAL_SUBMITTED.code(),
                Map.of("status", before),
                Map.of(
                        "status",
                        ProposalStatus.SUBMITTED,
                        "items",
                        proposal.getItems().size()));
        events.publishEvent(ClusterYearMilestone.of(termId, ClusterYearMilestone.Milestone.PROPOSAL_SUBMITTED));
        notifications.notifyStaff(
                year.organizerId(),
                NotificationMessage.of(
                        "proposal.notify.submitted",
                        "/proposals/term/" + termId,
                        year.clusterName(),
                        Integer.toString(year.year())));
    }

    /** Submitting was refused: the rules that failed, all of them. */
    public static class ProposalRefused extends ProposalException {

        private final transient List<ProposalRules.Failure> failures;

        ProposalRefused(List<ProposalRules.Failure> failures) {
            super("proposal.submit.refused", failures.size());
            this.failures = List.copyOf(failures);
        }

        public List<ProposalRules.Failure> failures() {
            return failures;
        }
    }

    // ---------------------------------------------------------------- the rules' facts

    private ProposalRules.Facts facts(
            ClusterYear year,
            Proposal proposal,
            Map<Long, AwardType> typesById,
            List<DocumentInfo> docs,
            Map<Long, UnitSummary> unitNames) {
        List<ProposalRules.Candidate> candidates = proposal.getItems().stream()
                .map(item -> new ProposalRules.Candidate(
                        item.getId(),
                        item.getAwardTypeId(),
                        item.getUnitId(),
                        item.candidateKey(),
                        label(item, unitNames.get(item.getUnitId())),
                        ProposalRules.holder(
                                item.getUnitId(), item.isIndividual() ? PersonKey.of(item.getPersonName()) : null)))
                .toList();
        Map<Long, ProposalRules.TypeRule> rules = new HashMap<>();
        typesById.values().forEach(t -> rules.put(t.getId(), ProposalRules.TypeRule.of(t)));

        Set<Long> rankedFirst = rankings.finalRanking(year.id())
                .map(r -> r.units().stream()
                        .filter(u -> u.rank() == 1)
                        .map(RankedUnit::unitId)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        Set<ProposalRules.UnitType> registered = registrations.findByClusterYear(year.id()).stream()
                .filter(Registration::isActive)
                .map(r -> new ProposalRules.UnitType(r.getUnitId(), r.getAwardTypeId()))
                .collect(Collectors.toSet());

        // The prerequisites read the awards decided (granted and not revoked) of the candidates' units, with the units
        // merged into them, and of the persons proposed.
        Set<Long> proposedTypes =
                candidates.stream().map(ProposalRules.Candidate::typeId).collect(Collectors.toSet());
        List<PrerequisiteKind> kinds = proposedTypes.stream()
                .map(typesById::get)
                .filter(t -> t != null)
                .flatMap(t -> t.getPrerequisites().stream())
                .map(p -> p.getKind())
                .toList();
        int yearsBack = proposedTypes.stream()
                .map(typesById::get)
                .filter(t -> t != null)
                .flatMap(t -> t.getPrerequisites().stream())
                .filter(p -> p.getKind() == PrerequisiteKind.CONSECUTIVE_YEARS)
                .mapToInt(p -> p.getYears() == null ? 1 : p.getYears())
                .max()
                .orElse(0);
        Set<ProposalRules.Holding> heldThisYear = new HashSet<>();
        Map<Integer, Set<ProposalRules.Holding>> heldBack = new HashMap<>();
        if (yearsBack > 0 || kinds.contains(PrerequisiteKind.OTHER_AWARD_THIS_YEAR)) {
            Set<Long> unitIds =
                    candidates.stream().map(ProposalRules.Candidate::unitId).collect(Collectors.toSet());
            for (AwardHistoryService.Held held : awardHistory.standing(unitIds, year.year() - yearsBack, year.year())) {
                ProposalRules.Holding holding = new ProposalRules.Holding(
                        ProposalRules.holder(held.unitId(), held.personKey()), held.awardTypeId());
                int back = year.year() - held.year();
                if (back == 0) {
                    heldThisYear.add(holding);
                } else {
                    heldBack.computeIfAbsent(back, b -> new HashSet<>()).add(holding);
                }
            }
        }

        Set<DocumentKind> proposalDocuments = new HashSet<>();
        Map<Long, Set<DocumentKind>> itemDocuments = new HashMap<>();
        for (DocumentInfo doc : docs) {
            proposalDocuments.add(doc.kind().kind());
            if (doc.itemId() != null) {
                itemDocuments
                        .computeIfAbsent(doc.itemId(), i -> new HashSet<>())
                        .add(doc.kind().kind());
            }
        }
        boolean written = !proposal.getSubmissionRecipient().isBlank()
                && !proposal.getSubmissionBody().isBlank();
        return new ProposalRules.Facts(
                candidates,
                rules,
                votes.closedVote(year.id()),
                year.members().size(),
                rankedFirst,
                registered,
                heldThisYear,
                heldBack,
                written,
                proposalDocuments,
                itemDocuments);
    }

    private static String label(ProposalItem item, UnitSummary unit) {
        String unitName = unit == null ? "—" : unit.displayName();
        return item.isIndividual() ? item.getPersonName() + " (" + unitName + ")" : unitName;
    }

    // ---------------------------------------------------------------- helpers

    private ClusterYear readable(CurrentUser user, long termId) {
        if (!policy.canRead(user, termId)) {
            throw new AccessDeniedException("not a reader of the cluster-year");
        }
        return clusterYears.get(termId);
    }

    private ClusterYear editable(CurrentUser user, long termId) {
        if (!policy.isHeadOrAdminOf(user, termId)) {
            throw new AccessDeniedException("only the cluster-year's head or an administrator drafts its proposal");
        }
        ClusterYear year = clusterYears.get(termId);
        if (year.isReadOnly()) {
            throw new ProposalException("proposal.error.closedYear");
        }
        return year;
    }

    private Proposal current(long termId, long version) {
        Proposal proposal = proposals.findByClusterYear(termId).orElseThrow(() -> new NotFoundException("proposal"));
        Versions.require(version, proposal.getVersion());
        proposal.requireEditable();
        return proposal;
    }

    private Map<Long, AwardType> organizerTypes(long organizerId) {
        Map<Long, AwardType> byId = new LinkedHashMap<>();
        types.findByOrganizer(organizerId).forEach(t -> byId.put(t.getId(), t));
        return byId;
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(UnitSummary::name).orElse("—");
    }

    private void record(
            ClusterYear year, Proposal proposal, String action, Map<String, ?> before, Map<String, ?> after) {
        audit.record(AuditEntry.of(
                        year.organizerId(), action, ENTITY, proposal.getId(), year.clusterName() + " " + year.year())
                .withValues(before, after));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
