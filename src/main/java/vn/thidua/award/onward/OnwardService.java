package vn.thidua.award.onward;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.award.decision.Decision;
import vn.thidua.award.decision.DecisionHeader;
import vn.thidua.award.decision.DecisionSource;
import vn.thidua.award.decision.DecisionWriter;
import vn.thidua.award.decision.GrantedAward;
import vn.thidua.award.proposal.ReviewOutcome;
import vn.thidua.award.type.AwardLevel;
import vn.thidua.award.type.AwardRecipient;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.Prerequisite;
import vn.thidua.award.type.PrerequisiteKind;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.TextInput;
import vn.thidua.common.Versions;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.OrganizerSummary;
import vn.thidua.organization.Organizers;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/**
 * A province's onward proposal of national awards to the central council: drafted and submitted by the province's
 * administrator from the awards the province has decided, read by its staff; reviewed by the council's staff (each
 * item accepted or rejected by its administrator, the whole returned for correction or its review concluded); and
 * decided by the council's administrator, whose decision grants the national awards to the accepted items.
 */
@Service
public class OnwardService {

    static final String ENTITY = "OnwardProposal";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final int NUMBER_MAX = 50;
    public static final int AUTHORITY_MAX = 255;
    public static final int SIGNER_NAME_MAX = 150;
    public static final int SIGNER_TITLE_MAX = 200;
    public static final int SUBJECT_MAX = 1000;

    private final OnwardProposalRepository proposals;
    private final OnwardStatusChangeRepository history;
    private final BasisAwards awards;
    private final DecisionWriter writer;
    private final ClusterYears clusterYears;
    private final Organizers organizers;
    private final Units units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;

    OnwardService(
            OnwardProposalRepository proposals,
            OnwardStatusChangeRepository history,
            BasisAwards awards,
            DecisionWriter writer,
            ClusterYears clusterYears,
            Organizers organizers,
            Units units,
            AccessPolicy policy,
            AuditTrail audit,
            Notifications notifications,
            MessageSource messages,
            Clock clock) {
        this.proposals = proposals;
        this.history = history;
        this.awards = awards;
        this.writer = writer;
        this.clusterYears = clusterYears;
        this.organizers = organizers;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The working year of the signed-in person's organiser. */
    @Transactional(readOnly = true)
    public int workingYear() {
        return organizers.workingYear(CurrentUsers.require().organizerId());
    }

    /** Whether the signed-in person is staff of a central council (whose page is the review queue). */
    @Transactional(readOnly = true)
    public boolean isCentralStaff() {
        CurrentUser user = CurrentUsers.require();
        return isCentral(user.organizerId()) && policy.isStaffOf(user, user.organizerId());
    }

    /** The province's onward proposal of a year, for its staff: started or not. */
    @Transactional(readOnly = true)
    public OnwardPage provincePage(int year) {
        CurrentUser user = policy.requireStaff();
        if (isCentral(user.organizerId())) {
            throw new AccessDeniedException("a central council proposes nothing onward");
        }
        Optional<Long> id = proposals.idOf(user.organizerId(), year);
        if (id.isPresent()) {
            return page(user, proposals.findWithItems(id.get()).orElseThrow());
        }
        OrganizerSummary province = organizers.get(user.organizerId());
        String recipient = organizers.central().stream()
                .findFirst()
                .map(OrganizerSummary::name)
                .orElse("—");
        boolean start = policy.isAdminOf(user, user.organizerId())
                && !organizers.central().isEmpty();
        return new OnwardPage(
                year,
                province.name(),
                recipient,
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                new OnwardPage.Permissions(start, false, false, false, false, true));
    }

    /** An onward proposal, for the province's staff, or the council's staff once it was submitted to it. */
    @Transactional(readOnly = true)
    public OnwardPage show(long id) {
        CurrentUser user = CurrentUsers.require();
        OnwardProposal proposal = readable(user, id);
        return page(user, proposal);
    }

    /** The proposals the signed-in council's staff have received for a year, newest first. */
    @Transactional(readOnly = true)
    public List<Received> received(int year) {
        CurrentUser user = policy.requireStaff();
        if (!isCentral(user.organizerId())) {
            throw new AccessDeniedException("only a central council reviews onward proposals");
        }
        List<OnwardProposal> found = proposals.received(user.organizerId(), year, EnumSet.allOf(OnwardStatus.class));
        Map<Long, OrganizerSummary> provinces = organizers.byIds(
                found.stream().map(OnwardProposal::getOrganizerId).collect(Collectors.toSet()));
        return found.stream()
                .map(p -> new Received(
                        p.getId(),
                        provinces.get(p.getOrganizerId()).name(),
                        p.getStatus(),
                        p.getSubmittedAt(),
                        p.isDecided()))
                .toList();
    }

    /** A proposal in the council's queue. */
    public record Received(long id, String province, OnwardStatus status, Instant submittedAt, boolean decided) {}

    /** What the national dossier is generated from: the proposal, the province, and its items as lines. */
    public record Dossier(OnwardProposal proposal, String province, String recipient, List<Line> lines) {}

    public record Line(
            String typeName, String unitName, String personName, String position, String basis, String summary) {

        public boolean individual() {
            return personName != null;
        }
    }

    @Transactional(readOnly = true)
    public Dossier dossier(long id) {
        CurrentUser user = CurrentUsers.require();
        OnwardProposal proposal = readable(user, id);
        OnwardPage page = page(user, proposal);
        List<Line> lines = page.items().stream()
                .map(r -> new Line(
                        r.typeName(),
                        r.unitName(),
                        r.item().getPersonName(),
                        r.item().getPersonPosition(),
                        r.basis(),
                        r.item().getSummary()))
                .toList();
        return new Dossier(proposal, page.organizerName(), page.recipientName(), lines);
    }

    // ---------------------------------------------------------------- the province drafts and submits

    /** Starts the province's onward proposal of a year, addressed to the central council. */
    @Transactional
    public long start(int year) {
        CurrentUser user = provinceAdmin();
        if (year < 2000 || year > 2100) {
            throw new OnwardException("onward.error.year");
        }
        if (proposals.idOf(user.organizerId(), year).isPresent()) {
            throw new OnwardException("onward.error.exists");
        }
        OrganizerSummary central = organizers.central().stream()
                .findFirst()
                .orElseThrow(() -> new OnwardException("onward.error.noCentral"));
        OrganizerSummary province = organizers.get(user.organizerId());
        Instant now = clock.instant();
        OnwardProposal proposal = proposals.saveAndFlush(new OnwardProposal(
                user.organizerId(),
                central.id(),
                year,
                central.name(),
                msg("onward.submission.defaultBody", province.name(), Integer.toString(year)),
                user.getUsername(),
                now));
        history.save(new OnwardStatusChange(proposal.getId(), null, OnwardStatus.DRAFT, user.getUsername(), now, null));
        record(user, proposal, OnwardAuditAction.ONWARD_DRAFTED, Map.of(), Map.of("status", OnwardStatus.DRAFT));
        return proposal.getId();
    }

    /** Adds a candidate: a national type built on one of the province's standing awards of the year. */
    @Transactional
    public OnwardItem addItem(long id, long version, long typeId, long basisAwardId) {
        CurrentUser user = provinceAdmin();
        OnwardProposal proposal = editable(user, id, version);
        Map<Long, AwardType> typesById = organizerTypes(proposal.getOrganizerId());
        List<GrantedAward> standing =
                awards.standing(proposal.getOrganizerId(), proposal.getYear(), proposal.getYear());
        boolean candidate = candidates(proposal, typesById, standing).stream()
                .anyMatch(c -> c.type().getId() == typeId && c.basis().getId() == basisAwardId);
        if (!candidate) {
            throw new OnwardException("onward.item.notCandidate");
        }
        if (proposal.getItems().stream()
                .anyMatch(i -> i.getAwardTypeId() == typeId && i.getBasisAwardId() == basisAwardId)) {
            throw new OnwardException("onward.item.duplicate");
        }
        GrantedAward basis = standing.stream()
                .filter(g -> g.getId() == basisAwardId)
                .findFirst()
                .orElseThrow();
        String summary = basis.getAchievement().length() > OnwardItem.SUMMARY_MAX
                ? basis.getAchievement().substring(0, OnwardItem.SUMMARY_MAX)
                : basis.getAchievement();
        Instant now = clock.instant();
        OnwardItem item = proposal.addItem(new OnwardItem(proposal, typeId, basis, summary), now);
        proposals.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("awardType", typesById.get(typeId).getName());
        after.put("candidate", label(item, unitNames(List.of(item.getUnitId()))));
        after.put("summary", summary);
        after.put("items", proposal.getItems().size());
        record(user, proposal, OnwardAuditAction.ONWARD_ITEM_ADDED, Map.of(), after);
        return item;
    }

    @Transactional
    public void editItem(long id, long itemId, long version, String summary) {
        CurrentUser user = provinceAdmin();
        OnwardProposal proposal = editable(user, id, version);
        OnwardItem item = proposal.item(itemId).orElseThrow(() -> new NotFoundException("item"));
        String text = summary == null
                ? ""
                : TextInput.require(summary, OnwardItem.SUMMARY_MAX, true).strip();
        if (text.isEmpty()) {
            throw new OnwardException("onward.item.summaryRequired");
        }
        String before = item.getSummary();
        proposal.reviseItem(item, text, clock.instant());
        proposals.flush();
        record(
                user,
                proposal,
                OnwardAuditAction.ONWARD_ITEM_EDITED,
                Map.of("summary", before),
                Map.of("summary", text));
    }

    @Transactional
    public void removeItem(long id, long itemId, long version) {
        CurrentUser user = provinceAdmin();
        OnwardProposal proposal = editable(user, id, version);
        OnwardItem item = proposal.item(itemId).orElseThrow(() -> new NotFoundException("item"));
        String candidate = label(item, unitNames(List.of(item.getUnitId())));
        proposal.removeItem(item, clock.instant());
        proposals.flush();
        record(
                user,
                proposal,
                OnwardAuditAction.ONWARD_ITEM_REMOVED,
                Map.of("candidate", candidate),
                Map.of("items", proposal.getItems().size()));
    }

    @Transactional
    public void saveSubmission(long id, long version, String recipient, String body) {
        CurrentUser user = provinceAdmin();
        OnwardProposal proposal = editable(user, id, version);
        String to = recipient == null
                ? ""
                : TextInput.require(recipient, OnwardProposal.RECIPIENT_MAX, false)
                        .strip();
        String text = body == null
                ? ""
                : TextInput.require(body, OnwardProposal.BODY_MAX, true).strip();
        if (to.isEmpty() || text.isEmpty()) {
            throw new OnwardException("onward.submission.required");
        }
        Map<String, Object> before =
                Map.of("recipient", proposal.getSubmissionRecipient(), "body", proposal.getSubmissionBody());
        proposal.editSubmission(to, text, clock.instant());
        proposals.flush();
        record(
                user,
                proposal,
                OnwardAuditAction.ONWARD_SUBMISSION_EDITED,
                before,
                Map.of("recipient", to, "body", text));
    }

    /** Submits when every rule is met, all or nothing; the council's administrators are told. */
    @Transactional
    public void submit(long id, long version) {
        CurrentUser user = provinceAdmin();
        OnwardProposal proposal = editable(user, id, version);
        List<OnwardRules.Failure> failures = failures(proposal, organizerTypes(proposal.getOrganizerId()));
        if (!failures.isEmpty()) {
            throw new OnwardRefused(failures);
        }
        Instant now = clock.instant();
        OnwardStatus before = proposal.submit(user.getUsername(), now);
        proposals.flush();
        history.save(new OnwardStatusChange(
                proposal.getId(), before, OnwardStatus.SUBMITTED, user.getUsername(), now, null));
        record(
                user,
                proposal,
                OnwardAuditAction.ONWARD_SUBMITTED,
                Map.of("status", before),
                Map.of(
                        "status",
                        OnwardStatus.SUBMITTED,
                        "items",
                        proposal.getItems().size()));
        notifications.notifyAdministrators(
                proposal.getRecipientId(),
                NotificationMessage.of(
                        "onward.notify.submitted",
                        "/onward/" + proposal.getId(),
                        organizers.get(proposal.getOrganizerId()).name(),
                        Integer.toString(proposal.getYear())));
    }

    /** Submitting was refused: the rules that failed, all of them. */
    public static class OnwardRefused extends OnwardException {

        private final transient List<OnwardRules.Failure> failures;

        OnwardRefused(List<OnwardRules.Failure> failures) {
            super("onward.submit.refused", failures.size());
            this.failures = List.copyOf(failures);
        }

        public List<OnwardRules.Failure> failures() {
            return failures;
        }
    }

    // ---------------------------------------------------------------- the council reviews and decides

    /** The council administrator's outcome for one item: accepted, or rejected with its reason. */
    @Transactional
    public void judge(long id, long itemId, long version, ReviewOutcome outcome, String reason) {
        CurrentUser user = CurrentUsers.require();
        OnwardProposal proposal = received(user, id, version, true);
        OnwardItem item = proposal.item(itemId).orElseThrow(() -> new NotFoundException("item"));
        if (outcome == null) {
            throw new OnwardException("onward.review.outcomeRequired");
        }
        String why = reason == null
                ? null
                : TextInput.require(reason, OnwardItem.REASON_MAX, true).strip();
        proposal.judge(item, outcome, why, user.getUsername(), clock.instant());
        proposals.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("candidate", label(item, unitNames(List.of(item.getUnitId()))));
        after.put("outcome", outcome);
        if (why != null && !why.isEmpty()) {
            after.put("reason", why);
        }
        record(user, proposal, OnwardAuditAction.ONWARD_ITEM_JUDGED, Map.of(), after);
    }

    /** Returns the whole proposal to the province for correction, with the council's comments. */
    @Transactional
    public void returnForCorrection(long id, long version, String comment) {
        CurrentUser user = CurrentUsers.require();
        OnwardProposal proposal = received(user, id, version, false);
        String text = comment == null
                ? ""
                : TextInput.require(comment, OnwardProposal.COMMENT_MAX, true).strip();
        if (text.isEmpty()) {
            throw new OnwardException("onward.return.commentRequired");
        }
        Instant now = clock.instant();
        proposal.returnForCorrection(text, now);
        proposals.flush();
        history.save(new OnwardStatusChange(
                proposal.getId(), OnwardStatus.SUBMITTED, OnwardStatus.RETURNED, user.getUsername(), now, text));
        record(
                user,
                proposal,
                OnwardAuditAction.ONWARD_RETURNED,
                Map.of("status", OnwardStatus.SUBMITTED),
                Map.of("status", OnwardStatus.RETURNED, "comment", text));
        notifications.notifyAdministrators(
                proposal.getOrganizerId(),
                NotificationMessage.of(
                        "onward.notify.returned", "/onward/" + proposal.getId(), Integer.toString(proposal.getYear())));
    }

    /** Concludes the review once every item has its outcome: the proposal is then frozen for good. */
    @Transactional
    public void conclude(long id, long version) {
        CurrentUser user = CurrentUsers.require();
        OnwardProposal proposal = received(user, id, version, false);
        Instant now = clock.instant();
        proposal.conclude(now);
        proposals.flush();
        history.save(new OnwardStatusChange(
                proposal.getId(), OnwardStatus.SUBMITTED, OnwardStatus.REVIEWED, user.getUsername(), now, null));
        record(
                user,
                proposal,
                OnwardAuditAction.ONWARD_REVIEWED,
                Map.of("status", OnwardStatus.SUBMITTED),
                Map.of(
                        "status",
                        OnwardStatus.REVIEWED,
                        "items",
                        proposal.acceptedItems().size()));
        notifications.notifyAdministrators(
                proposal.getOrganizerId(),
                NotificationMessage.of(
                        "onward.notify.reviewed", "/onward/" + proposal.getId(), Integer.toString(proposal.getYear())));
    }

    /** A field of the decision's form and the message key of what is wrong with it. */
    public record FieldProblem(String field, String key, Object... args) {}

    public static class DecisionInvalid extends OnwardException {

        private final transient List<FieldProblem> problems;

        DecisionInvalid(List<FieldProblem> problems) {
            super("onward.decide.invalid");
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    /** Every problem of a decision's header, each beside its field. */
    public List<FieldProblem> problems(DecisionHeader h) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "number", h.number(), NUMBER_MAX);
        text(problems, "authority", h.authority(), AUTHORITY_MAX);
        text(problems, "signerName", h.signerName(), SIGNER_NAME_MAX);
        text(problems, "signerTitle", h.signerTitle(), SIGNER_TITLE_MAX);
        text(problems, "subject", h.subject(), SUBJECT_MAX);
        if (h.decidedOn() == null) {
            problems.add(new FieldProblem("decidedOn", "onward.decide.dateRequired"));
        } else if (h.decidedOn().isAfter(BusinessTime.today(clock))) {
            problems.add(new FieldProblem("decidedOn", "onward.decide.dateFuture"));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        String problem = TextInput.problem(value, max, false);
        if (problem != null) {
            problems.add(
                    TextInput.TOO_LONG.equals(problem)
                            ? new FieldProblem(field, problem, max, value.length())
                            : new FieldProblem(field, problem));
        } else if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "onward.decide.required"));
        }
    }

    /**
     * Records the central decision on the accepted items of a reviewed proposal, once: written with the other
     * decisions, granting each item's national award to its unit or person; each item is linked to its award and the
     * province's administrators are told.
     */
    @Transactional
    public Decision decide(long id, long version, DecisionHeader given) {
        CurrentUser user = CurrentUsers.require();
        OnwardProposal proposal = proposals.findWithItems(id).orElseThrow(() -> new NotFoundException("onward"));
        if (!policy.isAdminOf(user, proposal.getRecipientId()) || proposal.getSubmittedAt() == null) {
            throw new AccessDeniedException("only the council's administrators record its decision");
        }
        Versions.require(version, proposal.getVersion());
        if (proposal.getStatus() != OnwardStatus.REVIEWED) {
            throw new OnwardException("onward.error.notReviewed");
        }
        if (proposal.isDecided()) {
            throw new OnwardException("onward.error.decided");
        }
        List<OnwardItem> accepted = proposal.acceptedItems();
        if (accepted.isEmpty()) {
            throw new OnwardException("onward.decide.noneAccepted");
        }
        List<FieldProblem> problems = new ArrayList<>(problems(given));
        DecisionHeader header = problems.isEmpty()
                ? new DecisionHeader(
                        given.number().strip(),
                        given.decidedOn(),
                        given.authority().strip(),
                        given.signerName().strip(),
                        given.signerTitle().strip(),
                        given.subject().strip())
                : null;
        if (header != null) {
            if (proposal.getSubmittedAt() != null
                    && header.decidedOn().isBefore(BusinessTime.date(proposal.getSubmittedAt()))) {
                problems.add(new FieldProblem("decidedOn", "onward.decide.dateBeforeSubmission"));
            } else if (awards.decisionExists(proposal.getRecipientId(), header.number(), header.decidedOn())) {
                problems.add(new FieldProblem("number", "onward.decide.numberTaken"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DecisionInvalid(problems);
        }
        List<DecisionWriter.Grant> grants = accepted.stream()
                .map(i -> DecisionWriter.Grant.of(i.recipient(), i.getAwardTypeId(), i.getSummary()))
                .toList();
        DecisionWriter.Written written = writer.write(
                proposal.getRecipientId(),
                header,
                proposal.getYear(),
                DecisionSource.RECORDED,
                false,
                grants,
                List.of(),
                user.getUsername());
        Instant now = clock.instant();
        for (int i = 0; i < accepted.size(); i++) {
            accepted.get(i).granted(written.granted().get(i).getId());
        }
        proposal.decided(written.decision().getId(), now);
        proposals.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("decisionNumber", header.number());
        after.put("decidedOn", header.decidedOn());
        after.put("items", accepted.size());
        record(user, proposal, OnwardAuditAction.ONWARD_DECIDED, Map.of(), after);
        notifications.notifyAdministrators(
                proposal.getOrganizerId(),
                NotificationMessage.of(
                        "onward.notify.decided",
                        "/onward/" + proposal.getId(),
                        header.number(),
                        Integer.toString(proposal.getYear())));
        return written.decision();
    }

    // ---------------------------------------------------------------- the page

    private record Possible(AwardType type, GrantedAward basis) {}

    private OnwardPage page(CurrentUser user, OnwardProposal proposal) {
        Map<Long, AwardType> typesById = organizerTypes(proposal.getOrganizerId());
        boolean provinceAdmin = policy.isAdminOf(user, proposal.getOrganizerId());
        boolean centralStaff = policy.isStaffOf(user, proposal.getRecipientId());
        boolean centralAdmin = policy.isAdminOf(user, proposal.getRecipientId());
        boolean editable = provinceAdmin && proposal.getStatus().isEditable();
        OnwardStatus status = proposal.getStatus();

        Set<Long> basisIds =
                proposal.getItems().stream().map(OnwardItem::getBasisAwardId).collect(Collectors.toSet());
        Set<Long> grantedIds = proposal.getItems().stream()
                .map(OnwardItem::getGrantedAwardId)
                .filter(g -> g != null)
                .collect(Collectors.toSet());
        List<GrantedAward> standing = editable
                ? awards.standing(proposal.getOrganizerId(), proposal.getYear(), proposal.getYear())
                : List.of();
        Set<Long> wanted = new HashSet<>(basisIds);
        wanted.addAll(grantedIds);
        Map<Long, GrantedAward> known = new HashMap<>();
        if (!wanted.isEmpty()) {
            awards.byIds(wanted).forEach(g -> known.put(g.getId(), g));
        }
        List<Possible> possible = editable ? candidates(proposal, typesById, standing) : List.of();
        Set<Long> unitIds = new HashSet<>();
        proposal.getItems().forEach(i -> unitIds.add(i.getUnitId()));
        possible.forEach(p -> unitIds.add(p.basis().getUnitId()));
        Map<Long, UnitSummary> unitNames = units.byIds(unitIds);

        List<OnwardPage.ItemRow> rows = proposal.getItems().stream()
                .map(i -> new OnwardPage.ItemRow(
                        i,
                        typeName(typesById, i.getAwardTypeId()),
                        name(unitNames, i.getUnitId()),
                        basisLabel(typesById, known.get(i.getBasisAwardId())),
                        i.getGrantedAwardId() == null || known.get(i.getGrantedAwardId()) == null
                                ? null
                                : known.get(i.getGrantedAwardId()).getRegisterNumber()))
                .toList();
        List<OnwardPage.CandidateRow> candidates = possible.stream()
                .filter(p -> proposal.getItems().stream()
                        .noneMatch(i -> i.getAwardTypeId().equals(p.type().getId())
                                && i.getBasisAwardId().equals(p.basis().getId())))
                .map(p -> new OnwardPage.CandidateRow(
                        p.type().getId(),
                        p.type().getName(),
                        p.basis().getId(),
                        name(unitNames, p.basis().getUnitId()),
                        p.basis().getPersonName(),
                        basisLabel(typesById, p.basis())))
                .toList();
        List<OnwardRules.Failure> failures = status.isEditable() ? failures(proposal, typesById) : List.of();
        int leaders = clusterYears
                .ofOrganizer(proposal.getOrganizerId(), proposal.getYear())
                .size();
        List<OnwardPage.QuotaRow> quotas = typesById.values().stream()
                .filter(t -> isNational(t) && t.getMaxLeaderPercent() != null)
                .filter(t -> t.isActive()
                        || proposal.getItems().stream()
                                .anyMatch(i -> i.getAwardTypeId().equals(t.getId())))
                .map(t -> new OnwardPage.QuotaRow(
                        t.getName(),
                        t.getMaxLeaderPercent().stripTrailingZeros().toPlainString(),
                        leaders,
                        OnwardRules.allowed(t.getMaxLeaderPercent(), leaders),
                        (int) proposal.getItems().stream()
                                .filter(i -> i.getAwardTypeId().equals(t.getId()))
                                .count(),
                        t.getLegalSource() == null ? "—" : t.getLegalSource()))
                .toList();
        Optional<Decision> decision = proposal.getDecisionId() == null
                ? Optional.empty()
                : Optional.of(awards.decision(proposal.getDecisionId()));
        boolean underReview = status == OnwardStatus.SUBMITTED;
        return new OnwardPage(
                proposal.getYear(),
                organizers.get(proposal.getOrganizerId()).name(),
                organizers.get(proposal.getRecipientId()).name(),
                Optional.of(proposal),
                rows,
                candidates,
                failures,
                quotas,
                history.findByProposalIdOrderByIdAsc(proposal.getId()),
                decision,
                new OnwardPage.Permissions(
                        false,
                        editable,
                        centralStaff && underReview,
                        centralAdmin && underReview,
                        centralAdmin
                                && status == OnwardStatus.REVIEWED
                                && !proposal.isDecided()
                                && !proposal.acceptedItems().isEmpty(),
                        policy.isStaffOf(user, proposal.getOrganizerId())));
    }

    /** The national types, each with the province's standing awards of the year it may build on. */
    private List<Possible> candidates(
            OnwardProposal proposal, Map<Long, AwardType> typesById, List<GrantedAward> standing) {
        List<Possible> possible = new ArrayList<>();
        for (AwardType type : typesById.values()) {
            if (!isNational(type) || !type.isActive()) {
                continue;
            }
            Set<Long> basisTypes = type.getPrerequisites().stream()
                    .filter(p -> AwardType.namesOtherType(p.getKind()) && p.getOtherTypeId() != null)
                    .map(Prerequisite::getOtherTypeId)
                    .collect(Collectors.toSet());
            boolean individual = type.getRecipient() == AwardRecipient.INDIVIDUAL;
            for (GrantedAward g : standing) {
                AwardType of = typesById.get(g.getAwardTypeId());
                if (of == null || g.getYear() != proposal.getYear() || g.isIndividual() != individual) {
                    continue;
                }
                boolean fits = basisTypes.isEmpty() ? !isNational(of) : basisTypes.contains(of.getId());
                if (fits) {
                    possible.add(new Possible(type, g));
                }
            }
        }
        return possible;
    }

    private List<OnwardRules.Failure> failures(OnwardProposal proposal, Map<Long, AwardType> typesById) {
        Set<Long> proposedTypes =
                proposal.getItems().stream().map(OnwardItem::getAwardTypeId).collect(Collectors.toSet());
        int yearsBack = proposedTypes.stream()
                .map(typesById::get)
                .filter(t -> t != null)
                .flatMap(t -> t.getPrerequisites().stream())
                .filter(p -> p.getKind() == PrerequisiteKind.CONSECUTIVE_YEARS && p.getYears() != null)
                .mapToInt(p -> p.getYears() - 1)
                .max()
                .orElse(0);
        List<GrantedAward> standing = awards.standing(
                proposal.getOrganizerId(), proposal.getYear() - Math.max(0, yearsBack), proposal.getYear());
        Set<Long> standingIds = standing.stream().map(GrantedAward::getId).collect(Collectors.toSet());
        Set<OnwardRules.Held> held = standing.stream()
                .map(g -> new OnwardRules.Held(g.getAwardTypeId(), g.getYear(), key(g.getUnitId(), g.getPersonName())))
                .collect(Collectors.toSet());
        Map<Long, UnitSummary> unitNames = unitNames(
                proposal.getItems().stream().map(OnwardItem::getUnitId).toList());
        List<OnwardRules.Candidate> items = proposal.getItems().stream()
                .map(i -> new OnwardRules.Candidate(
                        i.getAwardTypeId(),
                        key(i.getUnitId(), i.getPersonName()),
                        label(i, unitNames),
                        standingIds.contains(i.getBasisAwardId())))
                .toList();
        Map<Long, OnwardRules.TypeRule> rules = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        typesById.values().forEach(t -> {
            names.put(t.getId(), t.getName());
            rules.put(
                    t.getId(),
                    new OnwardRules.TypeRule(
                            t.getId(),
                            t.getName(),
                            t.getLegalSource(),
                            t.getMaxLeaderPercent(),
                            t.getPrerequisites().stream()
                                    .map(p -> new OnwardRules.PrerequisiteRule(
                                            p.getKind(), p.getOtherTypeId(), p.getYears()))
                                    .toList()));
        });
        int leaders = clusterYears
                .ofOrganizer(proposal.getOrganizerId(), proposal.getYear())
                .size();
        boolean written = !proposal.getSubmissionRecipient().isBlank()
                && !proposal.getSubmissionBody().isBlank();
        return OnwardRules.check(
                new OnwardRules.Facts(proposal.getYear(), items, rules, names, leaders, held, written));
    }

    // ---------------------------------------------------------------- helpers

    private static boolean isNational(AwardType type) {
        return type.getLevel() == AwardLevel.GOVERNMENT || type.getLevel() == AwardLevel.STATE;
    }

    private static String key(long unitId, String personName) {
        return unitId + "|"
                + (personName == null
                        ? ""
                        : personName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    private boolean isCentral(long organizerId) {
        return organizers.central().stream().anyMatch(o -> o.id() == organizerId);
    }

    private CurrentUser provinceAdmin() {
        CurrentUser user = policy.requireAdmin();
        if (isCentral(user.organizerId())) {
            throw new AccessDeniedException("a central council proposes nothing onward");
        }
        return user;
    }

    private OnwardProposal readable(CurrentUser user, long id) {
        OnwardProposal proposal = proposals.findWithItems(id).orElseThrow(() -> new NotFoundException("onward"));
        boolean province = policy.isStaffOf(user, proposal.getOrganizerId());
        boolean council = policy.isStaffOf(user, proposal.getRecipientId()) && proposal.getSubmittedAt() != null;
        if (!province && !council) {
            throw new AccessDeniedException("not a reader of the onward proposal");
        }
        return proposal;
    }

    private OnwardProposal editable(CurrentUser user, long id, long version) {
        OnwardProposal proposal = proposals.findWithItems(id).orElseThrow(() -> new NotFoundException("onward"));
        if (!policy.isAdminOf(user, proposal.getOrganizerId())) {
            throw new AccessDeniedException("only the province's administrators draft its onward proposal");
        }
        Versions.require(version, proposal.getVersion());
        proposal.requireEditable();
        return proposal;
    }

    /** A proposal the council has received: its staff review, its administrators judge the items. */
    private OnwardProposal received(CurrentUser user, long id, long version, boolean adminOnly) {
        OnwardProposal proposal = proposals.findWithItems(id).orElseThrow(() -> new NotFoundException("onward"));
        boolean allowed = adminOnly
                ? policy.isAdminOf(user, proposal.getRecipientId())
                : policy.isStaffOf(user, proposal.getRecipientId());
        if (!allowed || proposal.getSubmittedAt() == null) {
            throw new AccessDeniedException("only the council's staff review the onward proposal");
        }
        Versions.require(version, proposal.getVersion());
        return proposal;
    }

    private Map<Long, AwardType> organizerTypes(long organizerId) {
        Map<Long, AwardType> byId = new LinkedHashMap<>();
        awards.typesOf(organizerId).forEach(t -> byId.put(t.getId(), t));
        return byId;
    }

    private Map<Long, UnitSummary> unitNames(List<Long> ids) {
        return units.byIds(new HashSet<>(ids));
    }

    private static String name(Map<Long, UnitSummary> names, long unitId) {
        UnitSummary unit = names.get(unitId);
        return unit == null ? "—" : unit.name();
    }

    private static String typeName(Map<Long, AwardType> types, long typeId) {
        AwardType type = types.get(typeId);
        return type == null ? "—" : type.getName();
    }

    private String basisLabel(Map<Long, AwardType> types, GrantedAward g) {
        if (g == null) {
            return "—";
        }
        return msg(
                "onward.basis",
                typeName(types, g.getAwardTypeId()),
                g.getDecision().getNumber(),
                vn.thidua.common.DisplayFormat.DATE.format(g.getDecision().getDecidedOn()));
    }

    private static String label(OnwardItem item, Map<Long, UnitSummary> names) {
        UnitSummary unit = names.get(item.getUnitId());
        String unitName = unit == null ? "—" : unit.displayName();
        return item.isIndividual() ? item.getPersonName() + " (" + unitName + ")" : unitName;
    }

    private void record(
            CurrentUser user,
            OnwardProposal proposal,
            OnwardAuditAction action,
            Map<String, ?> before,
            Map<String, ?> after) {
        String summary = organizers.get(proposal.getOrganizerId()).name() + " " + proposal.getYear();
        audit.record(AuditEntry.of(user.organizerId(), action.code(), ENTITY, proposal.getId(), summary)
                .withValues(before, after));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
