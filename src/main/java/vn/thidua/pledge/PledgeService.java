package vn.thidua.pledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.access.Role;
import vn.thidua.account.PasswordConfirmation;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Versions;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.ClusterMember;
import vn.thidua.organization.ClusterTerm;
import vn.thidua.organization.ClusterYearMilestone;
import vn.thidua.organization.ClusterYearMilestone.Milestone;
import vn.thidua.organization.OrganizerService;
import vn.thidua.organization.Unit;

/**
 * Pledges of cluster-years. Every action checks the role, the person's scope in the cluster-year (the head of the
 * working year, an administrator of the organiser, an officer of a member unit) and the pledge's state; reading is
 * open to everyone in the cluster and the province's staff. A missing scope means no.
 */
@Service
public class PledgeService {

    static final String ENTITY = "Pledge";

    private final PledgeRepository pledges;
    private final OrganizerService organizers;
    private final PasswordConfirmation passwords;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final PledgeTemplates templates;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccessPolicy policy;

    PledgeService(
            PledgeRepository pledges,
            OrganizerService organizers,
            PasswordConfirmation passwords,
            Notifications notifications,
            AuditTrail audit,
            PledgeTemplates templates,
            Clock clock,
            ApplicationEventPublisher events,
            AccessPolicy policy) {
        this.policy = policy;
        this.pledges = pledges;
        this.organizers = organizers;
        this.passwords = passwords;
        this.notifications = notifications;
        this.audit = audit;
        this.templates = templates;
        this.clock = clock;
        this.events = events;
    }

    // ---------------------------------------------------------------- reading

    /** The signed-in person's working year, which the overview opens on. */
    @Transactional(readOnly = true)
    public int workingYear() {
        return organizers.workingYear(CurrentUsers.require().organizerId());
    }

    /**
     * Every cluster-year of the year with its pledge's status and progress: all of the organiser's for staff and
     * viewers, those of their own unit for unit officers.
     */
    @Transactional(readOnly = true)
    public List<PledgeOverviewRow> overview(int year) {
        CurrentUser user = CurrentUsers.require();
        if (user.role().isProvinceStaff() || user.is(Role.VIEWER)) {
            return pledges.overview(user.organizerId(), year, null);
        }
        if (user.role().isUnitBound() && user.unitId() != null) {
            return pledges.overview(user.organizerId(), year, user.unitId());
        }
        return List.of();
    }

    /** The same list for the Excel export, which is for provincial staff. */
    @Transactional(readOnly = true)
    public List<PledgeOverviewRow> overviewForExport(int year) {
        CurrentUser user = policy.requireStaff();
        return pledges.overview(user.organizerId(), year, null);
    }

    /** The pledge of a cluster-year, if drafted yet. */
    @Transactional(readOnly = true)
    public Optional<Long> pledgeOfTerm(long termId) {
        readableTerm(CurrentUsers.require(), termId);
        return pledges.findIdByTerm(termId);
    }

    /** What the page of a cluster-year without a pledge offers. */
    @Transactional(readOnly = true)
    public TermPledgeStart start(long termId) {
        CurrentUser user = CurrentUsers.require();
        ClusterTerm term = readableTerm(user, termId);
        boolean readOnly = term.getStatus().isReadOnly();
        boolean canDraft = !readOnly && policy.isHeadOrAdminOf(user, term.getId());
        boolean previous = pledges.findByClusterAndYear(term.getCluster().getId(), term.getYear() - 1)
                .isPresent();
        return new TermPledgeStart(termId, term.getCluster().getName(), term.getYear(), canDraft, previous, readOnly);
    }

    @Transactional(readOnly = true)
    public PledgeView view(long id) {
        CurrentUser user = CurrentUsers.require();
        return viewOf(user, readable(user, pledges.findDetailed(id)));
    }

    /** A draft for its editing form; only those who may edit it get it. */
    @Transactional(readOnly = true)
    public PledgeView editable(long id) {
        PledgeView view = view(id);
        if (!view.can().edit()) {
            if (view.pledge().getStatus() != PledgeStatus.DRAFT || view.pledge().isReadOnly()) {
                throw new PledgeException(
                        view.pledge().isReadOnly() ? "pledge.term.closed" : "pledge.frozen",
                        view.pledge().getYear());
            }
            throw new AccessDeniedException("only the head or an administrator edits the pledge");
        }
        return view;
    }

    /** A completed pledge, for its documents; never one whose stored text no longer matches its signatures. */
    @Transactional(readOnly = true)
    public PledgeView completed(long id) {
        PledgeView view = view(id);
        if (view.pledge().getStatus() != PledgeStatus.COMPLETED) {
            throw new PledgeException("pledge.export.notCompleted");
        }
        requireIntact(view.pledge(), "pledge.integrity.refused");
        return view;
    }

    /** The public check behind a pledge's QR code. Drafts have nothing to verify and are not shown. */
    @Transactional(readOnly = true)
    public Verification verify(String code) {
        Pledge pledge = pledges.findByVerifyCode(code == null ? "" : code)
                .filter(p -> p.getStatus().isFrozen())
                .orElseThrow(() -> new NotFoundException("pledge"));
        initialize(pledge);
        return check(pledge)
                .withOrganizer(organizers.organizer(pledge.getOrganizerId()).getName());
    }

    /**
     * The one check of a frozen pledge's integrity, made before any view or document of it is given out: the text
     * rebuilt from the stored fields against the hash frozen with it, and against the hash each standing answer
     * recorded. Null for a pledge whose text is not frozen (a draft has nothing to check yet).
     */
    static Verification check(Pledge pledge) {
        if (!pledge.getStatus().isFrozen()) {
            return null;
        }
        String recomputed = pledge.recomputedHash();
        boolean frozenIntact = recomputed.equals(pledge.getTextHash())
                && pledge.getCanonicalText() != null
                && CanonicalText.sha256(pledge.getCanonicalText()).equals(pledge.getTextHash());
        List<Verification.SignatureCheck> checks = pledge.validSignatures().stream()
                .map(signature ->
                        new Verification.SignatureCheck(signature, recomputed.equals(signature.getTextHash())))
                .toList();
        return new Verification(
                pledge, pledge.getTerm().getCluster().getName(), recomputed, frozenIntact, checks, null);
    }

    /**
     * Refuses to print, or to take an answer on, a pledge whose stored text no longer matches what was frozen and
     * signed; {@code messageKey} says which, to the user.
     */
    private static void requireIntact(Pledge pledge, String messageKey) {
        Verification verification = check(pledge);
        if (verification != null && verification.tampered()) {
            throw new PledgeException(messageKey);
        }
    }

    /**
     * The targets a unit committed to in the completed pledge of a cluster-year, with its own values: what it
     * reports its annual results against. Empty while the pledge is not completed or the unit is not a member.
     */
    @Transactional(readOnly = true)
    public List<CommittedTarget> committedTargets(long termId, long unitId) {
        readableTerm(CurrentUsers.require(), termId);
        return pledges.findIdByTerm(termId)
                .flatMap(pledges::findDetailed)
                .filter(p ->
                        p.getStatus() == PledgeStatus.COMPLETED && p.getTerm().hasMember(unitId))
                .map(p -> p.getTargets().stream()
                        .map(t -> new CommittedTarget(
                                t.getId(),
                                t.getField(),
                                t.getPosition(),
                                t.getName(),
                                t.getUnitOfMeasure(),
                                t.valueFor(unitId).orElse(null)))
                        .toList())
                .orElse(List.of());
    }

    /**
     * {@link #committedTargets} for every member unit of the cluster-year at once, by unit id, read in a fixed number
     * of queries whatever the number of members. Empty while the pledge is not completed.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<CommittedTarget>> committedTargetsOfMembers(long termId) {
        readableTerm(CurrentUsers.require(), termId);
        Map<Long, List<CommittedTarget>> byUnit = new LinkedHashMap<>();
        pledges.findIdByTerm(termId)
                .flatMap(pledges::findDetailed)
                .filter(p -> p.getStatus() == PledgeStatus.COMPLETED)
                .ifPresent(p -> p.getTerm().getMembers().forEach(member -> {
                    long unitId = member.getUnit().getId();
                    byUnit.put(
                            unitId,
                            p.getTargets().stream()
                                    .map(t -> new CommittedTarget(
                                            t.getId(),
                                            t.getField(),
                                            t.getPosition(),
                                            t.getName(),
                                            t.getUnitOfMeasure(),
                                            t.valueFor(unitId).orElse(null)))
                                    .toList());
                }));
        return byUnit;
    }

    /**
     * The names of the targets in the pledges of these clusters (of the signed-in person's organiser) for a year,
     * whatever the pledges' status: what a figure criterion of a criteria table may name as the target it measures.
     * Provincial staff only.
     */
    @Transactional(readOnly = true)
    public PledgedTargetNames targetNames(Collection<Long> clusterIds, int year) {
        CurrentUser user = CurrentUsers.require();
        if (!user.role().isProvinceStaff()) {
            throw new AccessDeniedException("the targets of the province's pledges are for provincial staff");
        }
        if (clusterIds.isEmpty() || pledges.countOfClusters(user.organizerId(), clusterIds, year) == 0) {
            return PledgedTargetNames.NONE;
        }
        Map<PledgeField, List<PledgeTarget>> byField = new EnumMap<>(PledgeField.class);
        pledges.targetsOfClusters(user.organizerId(), clusterIds, year)
                .forEach(t -> byField.computeIfAbsent(t.getField(), f -> new ArrayList<>())
                        .add(t));
        Set<String> names = new LinkedHashSet<>();
        byField.values().forEach(targets -> targets.forEach(t -> names.add(t.getName())));
        return new PledgedTargetNames(true, List.copyOf(names));
    }

    // ---------------------------------------------------------------- drafting

    @Transactional
    public Pledge createDraft(long termId, DraftSource source) {
        CurrentUser user = CurrentUsers.require();
        ClusterTerm term = readableTerm(user, termId);
        policy.requireHeadOrAdminOf(term.getId());
        if (pledges.findIdByTerm(termId).isPresent()) {
            throw new PledgeException("pledge.exists");
        }
        PledgeContent content = source == DraftSource.PREVIOUS_YEAR
                ? templates.fromPrevious(
                        pledges.findByClusterAndYear(term.getCluster().getId(), term.getYear() - 1)
                                .orElseThrow(() -> new PledgeException("pledge.previous.none")),
                        term)
                : templates.standard(term);
        Pledge pledge = Pledge.draft(term, content, newVerifyCode(), actor(user), now());
        try {
            pledges.saveAndFlush(pledge);
        } catch (DataIntegrityViolationException e) {
            throw new PledgeException("pledge.exists");
        }
        audit.record(AuditEntry.of(
                        pledge.getOrganizerId(),
                        PledgeAuditAction.PLEDGE_DRAFTED,
                        ENTITY,
                        pledge.getId(),
                        pledge.getTitle())
                .withValues(null, pledge.auditState()));
        return pledge;
    }

    /** Saves the draft; {@code expectedVersion} is the version the form was loaded with. */
    @Transactional
    public Pledge saveDraft(long id, long expectedVersion, PledgeContent content) {
        CurrentUser user = CurrentUsers.require();
        Pledge pledge = readable(user, pledges.findDetailed(id));
        policy.requireHeadOrAdminOf(pledge.getTerm().getId());
        Versions.require(expectedVersion, pledge.getVersion());
        var before = pledge.auditState();
        pledge.revise(content, now());
        pledges.flush();
        audit.record(AuditEntry.of(
                        pledge.getOrganizerId(),
                        PledgeAuditAction.PLEDGE_REVISED,
                        ENTITY,
                        pledge.getId(),
                        pledge.getTitle())
                .withValues(before, pledge.auditState()));
        return pledge;
    }

    // ---------------------------------------------------------------- signing

    @Transactional
    public void open(long id, long expectedVersion, LocalDate deadline) {
        CurrentUser user = CurrentUsers.require();
        Pledge pledge = locked(user, id);
        policy.requireHeadOrAdminOf(pledge.getTerm().getId());
        Versions.require(expectedVersion, pledge.getVersion());
        var before = pledge.auditState();
        pledge.open(deadline, today(), actor(user), now());
        pledges.flush();
        audit.record(AuditEntry.of(
                        pledge.getOrganizerId(),
                        PledgeAuditAction.PLEDGE_OPENED,
                        ENTITY,
                        pledge.getId(),
                        pledge.getTitle())
                .withValues(before, pledge.auditState()));
        events.publishEvent(ClusterYearMilestone.of(pledge.getTerm().getId(), Milestone.PLEDGE_OPENED));
        notifications.notifyUnits(
                pledge.memberUnits().stream().map(Unit::getId).toList(),
                NotificationMessage.of(
                        "notification.pledge.opened",
                        link(pledge),
                        pledge.getTitle(),
                        DisplayFormat.DATE.format(deadline)));
    }

    @Transactional
    public void withdraw(long id, long expectedVersion, String reason) {
        CurrentUser user = CurrentUsers.require();
        Pledge pledge = locked(user, id);
        policy.requireHeadOrAdminOf(pledge.getTerm().getId());
        Versions.require(expectedVersion, pledge.getVersion());
        var before = pledge.auditState();
        List<PledgeSignature> voided = pledge.withdraw(reason, actor(user), now());
        pledges.flush();
        audit.record(AuditEntry.of(
                        pledge.getOrganizerId(),
                        PledgeAuditAction.PLEDGE_WITHDRAWN,
                        ENTITY,
                        pledge.getId(),
                        pledge.getTitle())
                .withValues(before, pledge.auditState())
                .withReason(reason));
        events.publishEvent(
                new ClusterYearMilestone(pledge.getTerm().getId(), Milestone.PLEDGE_WITHDRAWN, reason.strip()));
        for (PledgeSignature signature : voided) {
            audit.record(AuditEntry.of(
                            pledge.getOrganizerId(),
                            PledgeAuditAction.PLEDGE_SIGNATURE_VOIDED,
                            "PledgeSignature",
                            signature.getId(),
                            signature.getUnitName())
                    .withValues(null, signature.auditState())
                    .withReason(reason));
        }
        notifications.notifyUsers(
                voided.stream().map(PledgeSignature::getSignerId).toList(),
                NotificationMessage.of(
                        "notification.pledge.withdrawn", link(pledge), pledge.getTitle(), reason.strip()));
    }

    /**
     * Signs the open pledge after re-authentication: for the member unit of the signed-in officer, or as the
     * countersignature when the head (or an administrator) signs, which completes it.
     */
    @Transactional
    public PledgeSignature sign(long id, String seenHash, String password, String ipAddress) {
        CurrentUser user = CurrentUsers.require();
        Pledge pledge = locked(user, id);
        Optional<Long> memberUnit = answeringUnit(user, pledge);
        boolean head = memberUnit.isEmpty()
                && policy.isHeadOrAdminOf(user, pledge.getTerm().getId());
        if (memberUnit.isEmpty() && !head) {
            throw new AccessDeniedException("only member units' officers and the head sign");
        }
        if (!passwords.confirms(user, password)) {
            throw new PledgeException("pledge.sign.badPassword");
        }
        requireIntact(pledge, "pledge.integrity.answerRefused");
        PledgeSignature signature;
        if (memberUnit.isPresent()) {
            signature = pledge.sign(memberUnit.get(), actor(user), seenHash, ipAddress, now());
        } else {
            signature = pledge.countersign(actor(user), seenHash, ipAddress, now());
        }
        pledges.flush();
        audit.record(AuditEntry.of(
                        pledge.getOrganizerId(),
                        head ? PledgeAuditAction.PLEDGE_COUNTERSIGNED : PledgeAuditAction.PLEDGE_SIGNED,
                        "PledgeSignature",
                        signature.getId(),
                        pledge.getTitle() + " · " + signature.getUnitName())
                .withValues(null, signature.auditState()));
        if (head) {
            events.publishEvent(ClusterYearMilestone.of(pledge.getTerm().getId(), Milestone.PLEDGE_COMPLETED));
            List<Long> everyone = pledge.getTerm().getMembers().stream()
                    .map(m -> m.getUnit().getId())
                    .toList();
            notifications.notifyUnits(
                    everyone, NotificationMessage.of("notification.pledge.completed", link(pledge), pledge.getTitle()));
        } else if (pledge.allMembersSigned()) {
            pledge.headUnit()
                    .ifPresent(unit -> notifications.notifyUnits(
                            List.of(unit.getId()),
                            NotificationMessage.of(
                                    "notification.pledge.readyToCountersign", link(pledge), pledge.getTitle())));
        }
        return signature;
    }

    /** A member unit declines to sign, with a reason; the head is told. */
    @Transactional
    public PledgeSignature decline(long id, String seenHash, String reason, String ipAddress) {
        CurrentUser user = CurrentUsers.require();
        Pledge pledge = locked(user, id);
        long unitId = answeringUnit(user, pledge)
                .orElseThrow(() -> new AccessDeniedException("only member units' officers answer"));
        requireIntact(pledge, "pledge.integrity.answerRefused");
        PledgeSignature answer = pledge.decline(unitId, actor(user), reason, seenHash, ipAddress, now());
        pledges.flush();
        audit.record(AuditEntry.of(
                        pledge.getOrganizerId(),
                        PledgeAuditAction.PLEDGE_DECLINED,
                        "PledgeSignature",
                        answer.getId(),
                        pledge.getTitle() + " · " + answer.getUnitName())
                .withValues(null, answer.auditState())
                .withReason(reason));
        pledge.headUnit()
                .ifPresent(unit -> notifications.notifyUnits(
                        List.of(unit.getId()),
                        NotificationMessage.of(
                                "notification.pledge.declined",
                                link(pledge),
                                pledge.getTitle(),
                                answer.getUnitName(),
                                answer.getDeclineReason())));
        return answer;
    }

    /** Reminds the officers of every member unit that has not signed yet. Returns how many people were told. */
    @Transactional
    public int remind(long id) {
        CurrentUser user = CurrentUsers.require();
        Pledge pledge = locked(user, id);
        policy.requireHeadOrAdminOf(pledge.getTerm().getId());
        if (pledge.getStatus() != PledgeStatus.OPEN) {
            throw new PledgeException("pledge.notOpen");
        }
        List<Long> pending = pledge.memberUnits().stream()
                .map(Unit::getId)
                .filter(unit -> !pledge.hasSigned(unit))
                .toList();
        if (pending.isEmpty()) {
            throw new PledgeException("pledge.remind.nobody");
        }
        int told = notifications.notifyUnits(
                pending,
                NotificationMessage.of(
                        "notification.pledge.reminder",
                        link(pledge),
                        pledge.getTitle(),
                        DisplayFormat.DATE.format(pledge.getDeadline())));
        audit.record(AuditEntry.of(
                        pledge.getOrganizerId(),
                        PledgeAuditAction.PLEDGE_REMINDED,
                        ENTITY,
                        pledge.getId(),
                        pledge.getTitle())
                .withValues(null, java.util.Map.of("units", pending.size(), "people", told)));
        return told;
    }

    // ---------------------------------------------------------------- rules of access

    PledgeView viewOf(CurrentUser user, Pledge pledge) {
        initialize(pledge);
        ClusterTerm term = pledge.getTerm();
        List<ProgressRow> rows = new ArrayList<>();
        for (Unit unit : pledge.memberUnits()) {
            rows.add(progressRow(pledge, unit, false));
        }
        pledge.headUnit().ifPresent(unit -> rows.add(progressRow(pledge, unit, true)));
        Verification integrity = check(pledge);
        return new PledgeView(
                pledge,
                term.getCluster().getName(),
                rows,
                pledge.signedMemberCount(),
                pledge.memberUnits().size(),
                pledge.isOverdue(today()),
                permissions(user, pledge, integrity),
                integrity);
    }

    private static ProgressRow progressRow(Pledge pledge, Unit unit, boolean head) {
        List<PledgeSignature> earlier = pledge.getSignatures().stream()
                .filter(s -> s.getUnitId().equals(unit.getId()) && !s.isValid())
                .sorted(Comparator.comparing(PledgeSignature::getAnsweredAt).reversed())
                .toList();
        return new ProgressRow(unit, head, pledge.currentAnswer(unit.getId()).orElse(null), earlier);
    }

    /** Documents are offered only for a completed pledge whose stored text still matches its signatures. */
    private PledgePermissions permissions(CurrentUser user, Pledge pledge, Verification integrity) {
        boolean writable = !pledge.isReadOnly();
        PledgeStatus status = pledge.getStatus();
        boolean manage =
                writable && policy.isHeadOrAdminOf(user, pledge.getTerm().getId());
        Optional<Long> unit = writable && status == PledgeStatus.OPEN ? answeringUnit(user, pledge) : Optional.empty();
        boolean sign = unit.isPresent() && !pledge.hasSigned(unit.get());
        boolean decline = unit.isPresent() && pledge.currentAnswer(unit.get()).isEmpty();
        boolean draft = manage && status == PledgeStatus.DRAFT;
        boolean open = manage && status == PledgeStatus.OPEN;
        boolean intact = integrity == null || !integrity.tampered();
        return new PledgePermissions(
                manage,
                draft,
                draft,
                open,
                sign,
                decline,
                open && pledge.allMembersSigned(),
                open && !pledge.allMembersSigned(),
                status == PledgeStatus.COMPLETED && intact);
    }

    /** The member unit the user answers for: their own unit, when it is a member (not the head) of the cluster-year. */
    private static Optional<Long> answeringUnit(CurrentUser user, Pledge pledge) {
        if (!user.role().isUnitBound() || user.unitId() == null || user.organizerId() != pledge.getOrganizerId()) {
            return Optional.empty();
        }
        return pledge.getTerm()
                .memberFor(user.unitId())
                .filter(member -> !member.isHead())
                .map(ClusterMember::getUnit)
                .map(Unit::getId);
    }

    private ClusterTerm readableTerm(CurrentUser user, long termId) {
        ClusterTerm term = pledges.findTerm(termId).orElseThrow(() -> new NotFoundException("term"));
        if (!policy.canRead(user, termId)) {
            throw new NotFoundException("term");
        }
        return term;
    }

    private Pledge readable(CurrentUser user, Optional<Pledge> found) {
        Pledge pledge = found.orElseThrow(() -> new NotFoundException("pledge"));
        if (!policy.canRead(user, pledge.getTerm().getId())) {
            throw new NotFoundException("pledge");
        }
        return pledge;
    }

    private Pledge locked(CurrentUser user, long id) {
        return readable(user, pledges.findForUpdate(id));
    }

    private static void initialize(Pledge pledge) {
        pledge.getTerm().getMembers().forEach(member -> member.getUnit().getName());
        pledge.getTargets().forEach(PledgeTarget::getMemberValues);
        pledge.getSignatures().size();
        pledge.getHistory().size();
    }

    private static Actor actor(CurrentUser user) {
        return new Actor(user.id(), user.fullName());
    }

    private static String link(Pledge pledge) {
        return "/pledges/" + pledge.getId();
    }

    private static String newVerifyCode() {
        return VerifyCodes.next();
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return BusinessTime.today(clock);
    }
}
