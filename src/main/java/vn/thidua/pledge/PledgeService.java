package vn.thidua.pledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
import vn.thidua.common.SearchText;
import vn.thidua.common.VerifyCodes;
import vn.thidua.common.Versions;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYearMilestone;
import vn.thidua.organization.ClusterYearMilestone.Milestone;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.Organizers;

/**
 * Pledges of cluster-years. Every action checks the role, the person's scope in the cluster-year (the head of the
 * working year, an administrator of the organiser, an officer of a member unit) and the pledge's state; reading is
 * open to everyone in the cluster and the province's staff. A missing scope means no. What the cluster-year is (its
 * members, head and status) comes from organisation's {@link ClusterYears}, and is given to the pledge's methods.
 */
@Service
public class PledgeService {

    static final String ENTITY = "Pledge";

    private final PledgeRepository pledges;
    private final Organizers organizers;
    private final ClusterYears clusterYears;
    private final PasswordConfirmation passwords;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final PledgeTemplates templates;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccessPolicy policy;

    PledgeService(
            PledgeRepository pledges,
            Organizers organizers,
            ClusterYears clusterYears,
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
        this.clusterYears = clusterYears;
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
            return overview(user.organizerId(), year, null);
        }
        if (user.role().isUnitBound() && user.unitId() != null) {
            return overview(user.organizerId(), year, user.unitId());
        }
        return List.of();
    }

    /**
     * Every cluster-year of an organiser's year with its pledge, if any, and the signing progress, by kind and name;
     * with a {@code unitId}, only the cluster-years that unit takes part in. Two queries whatever the number of rows.
     */
    private List<PledgeOverviewRow> overview(long organizerId, int year, Long unitId) {
        List<ClusterYear> years = clusterYears.ofOrganizerWithMembers(organizerId, year).stream()
                .filter(y -> unitId == null || y.hasMember(unitId))
                .toList();
        Map<Long, PledgeProgress> progress = new HashMap<>();
        if (!years.isEmpty()) {
            pledges.progressOf(years.stream().map(ClusterYear::id).toList())
                    .forEach(p -> progress.put(p.clusterYearId(), p));
        }
        return years.stream()
                .map(y -> {
                    ClusterYearSummary summary = y.summary();
                    PledgeProgress p = progress.get(y.id());
                    long members = y.members().stream().filter(m -> !m.isHead()).count();
                    return new PledgeOverviewRow(
                            y.id(),
                            summary.clusterCode(),
                            summary.clusterName(),
                            summary.kind(),
                            summary.status(),
                            p == null ? null : p.pledgeId(),
                            p == null ? null : p.status(),
                            p == null ? null : p.deadline(),
                            p == null ? null : p.completedAt(),
                            members,
                            p == null ? 0 : p.signed(),
                            p == null ? 0 : p.declined());
                })
                .sorted(Comparator.comparing(PledgeOverviewRow::clusterKind)
                        .thenComparing(row -> SearchText.key(row.clusterName()))
                        .thenComparing(PledgeOverviewRow::clusterName))
                .toList();
    }

    /** The same list for the Excel export, which is for provincial staff. */
    @Transactional(readOnly = true)
    public List<PledgeOverviewRow> overviewForExport(int year) {
        CurrentUser user = policy.requireStaff();
        return overview(user.organizerId(), year, null);
    }

    /** The pledge of a cluster-year, if drafted yet. */
    @Transactional(readOnly = true)
    public Optional<Long> pledgeOfTerm(long termId) {
        readableYear(CurrentUsers.require(), termId);
        return pledges.findIdByClusterYear(termId);
    }

    /** What the page of a cluster-year without a pledge offers. */
    @Transactional(readOnly = true)
    public TermPledgeStart start(long termId) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear term = readableYear(user, termId);
        boolean readOnly = term.isReadOnly();
        boolean canDraft = !readOnly && policy.isHeadOrAdminOf(user, term.id());
        boolean previous = previousPledge(term).isPresent();
        return new TermPledgeStart(termId, term.clusterName(), term.year(), canDraft, previous, readOnly);
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
            if (view.pledge().getStatus() != PledgeStatus.DRAFT || view.readOnly()) {
                throw new PledgeException(view.readOnly() ? "pledge.term.closed" : "pledge.frozen", view.year());
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
        requireIntact(view.pledge(), view.clusterYear(), "pledge.integrity.refused");
        return view;
    }

    /** The public check behind a pledge's QR code. Drafts have nothing to verify and are not shown. */
    @Transactional(readOnly = true)
    public Verification verify(String code) {
        Pledge pledge = pledges.findByVerifyCode(code == null ? "" : code)
                .filter(p -> p.getStatus().isFrozen())
                .orElseThrow(() -> new NotFoundException("pledge"));
        initialize(pledge);
        return check(pledge, yearOf(pledge))
                .withOrganizer(organizers.get(pledge.getOrganizerId()).name());
    }

    /**
     * The one check of a frozen pledge's integrity, made before any view or document of it is given out: the text
     * rebuilt from the stored fields against the hash frozen with it, and against the hash each standing answer
     * recorded. Null for a pledge whose text is not frozen (a draft has nothing to check yet).
     */
    static Verification check(Pledge pledge, ClusterYear year) {
        if (!pledge.getStatus().isFrozen()) {
            return null;
        }
        String recomputed = pledge.recomputedHash(year.year());
        boolean frozenIntact = recomputed.equals(pledge.getTextHash())
                && pledge.getCanonicalText() != null
                && CanonicalText.sha256(pledge.getCanonicalText()).equals(pledge.getTextHash());
        List<Verification.SignatureCheck> checks = pledge.validSignatures().stream()
                .map(signature ->
                        new Verification.SignatureCheck(signature, recomputed.equals(signature.getTextHash())))
                .toList();
        return new Verification(pledge, year, recomputed, frozenIntact, checks, null);
    }

    /**
     * Refuses to print, or to take an answer on, a pledge whose stored text no longer matches what was frozen and
     * signed; {@code messageKey} says which, to the user.
     */
    private static void requireIntact(Pledge pledge, ClusterYear year, String messageKey) {
        Verification verification = check(pledge, year);
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
        ClusterYear year = readableYear(CurrentUsers.require(), termId);
        return pledges.findByClusterYear(termId)
                .filter(p -> p.getStatus() == PledgeStatus.COMPLETED && year.hasMember(unitId))
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
        ClusterYear year = readableYear(CurrentUsers.require(), termId);
        Map<Long, List<CommittedTarget>> byUnit = new LinkedHashMap<>();
        pledges.findByClusterYear(termId)
                .filter(p -> p.getStatus() == PledgeStatus.COMPLETED)
                .ifPresent(p -> year.members().forEach(member -> {
                    long unitId = member.unitId();
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
        List<Long> clusterYearIds = clusterIds.isEmpty()
                ? List.of()
                : clusterYears.ofOrganizer(user.organizerId(), year).stream()
                        .filter(y -> clusterIds.contains(y.clusterId()))
                        .map(ClusterYearSummary::id)
                        .toList();
        if (clusterYearIds.isEmpty() || pledges.countOfClusterYears(clusterYearIds) == 0) {
            return PledgedTargetNames.NONE;
        }
        Map<PledgeField, List<PledgeTarget>> byField = new EnumMap<>(PledgeField.class);
        pledges.targetsOfClusterYears(clusterYearIds)
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
        ClusterYear term = readableYear(user, termId);
        policy.requireHeadOrAdminOf(term.id());
        if (pledges.findIdByClusterYear(termId).isPresent()) {
            throw new PledgeException("pledge.exists");
        }
        PledgeContent content;
        if (source == DraftSource.PREVIOUS_YEAR) {
            ClusterYear previousYear = clusterYears
                    .find(term.summary().clusterId(), term.year() - 1)
                    .orElseThrow(() -> new PledgeException("pledge.previous.none"));
            Pledge previous = pledges.findByClusterYear(previousYear.id())
                    .orElseThrow(() -> new PledgeException("pledge.previous.none"));
            content = templates.fromPrevious(previous, previousYear, term);
        } else {
            content = templates.standard(term);
        }
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
        policy.requireHeadOrAdminOf(pledge.getClusterYearId());
        Versions.require(expectedVersion, pledge.getVersion());
        var before = pledge.auditState();
        pledge.revise(yearOf(pledge), content, now());
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
        policy.requireHeadOrAdminOf(pledge.getClusterYearId());
        Versions.require(expectedVersion, pledge.getVersion());
        ClusterYear year = yearOf(pledge);
        var before = pledge.auditState();
        pledge.open(year, deadline, today(), actor(user), now());
        pledges.flush();
        audit.record(AuditEntry.of(
                        pledge.getOrganizerId(),
                        PledgeAuditAction.PLEDGE_OPENED,
                        ENTITY,
                        pledge.getId(),
                        pledge.getTitle())
                .withValues(before, pledge.auditState()));
        events.publishEvent(ClusterYearMilestone.of(pledge.getClusterYearId(), Milestone.PLEDGE_OPENED));
        notifications.notifyUnits(
                pledge.memberUnits(year).stream().map(ClusterYearMember::unitId).toList(),
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
        policy.requireHeadOrAdminOf(pledge.getClusterYearId());
        Versions.require(expectedVersion, pledge.getVersion());
        var before = pledge.auditState();
        List<PledgeSignature> voided = pledge.withdraw(yearOf(pledge), reason, actor(user), now());
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
                new ClusterYearMilestone(pledge.getClusterYearId(), Milestone.PLEDGE_WITHDRAWN, reason.strip()));
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
        ClusterYear year = yearOf(pledge);
        Optional<Long> memberUnit = answeringUnit(user, pledge, year);
        boolean head = memberUnit.isEmpty() && policy.isHeadOrAdminOf(user, pledge.getClusterYearId());
        if (memberUnit.isEmpty() && !head) {
            throw new AccessDeniedException("only member units' officers and the head sign");
        }
        if (!passwords.confirms(user, password)) {
            throw new PledgeException("pledge.sign.badPassword");
        }
        requireIntact(pledge, year, "pledge.integrity.answerRefused");
        PledgeSignature signature;
        if (memberUnit.isPresent()) {
            signature = pledge.sign(year, memberUnit.get(), actor(user), seenHash, ipAddress, now());
        } else {
            signature = pledge.countersign(year, actor(user), seenHash, ipAddress, now());
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
            events.publishEvent(ClusterYearMilestone.of(pledge.getClusterYearId(), Milestone.PLEDGE_COMPLETED));
            List<Long> everyone =
                    year.members().stream().map(ClusterYearMember::unitId).toList();
            notifications.notifyUnits(
                    everyone, NotificationMessage.of("notification.pledge.completed", link(pledge), pledge.getTitle()));
        } else if (pledge.allMembersSigned(year)) {
            year.head()
                    .ifPresent(unit -> notifications.notifyUnits(
                            List.of(unit.unitId()),
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
        ClusterYear year = yearOf(pledge);
        long unitId = answeringUnit(user, pledge, year)
                .orElseThrow(() -> new AccessDeniedException("only member units' officers answer"));
        requireIntact(pledge, year, "pledge.integrity.answerRefused");
        PledgeSignature answer = pledge.decline(year, unitId, actor(user), reason, seenHash, ipAddress, now());
        pledges.flush();
        audit.record(AuditEntry.of(
                        pledge.getOrganizerId(),
                        PledgeAuditAction.PLEDGE_DECLINED,
                        "PledgeSignature",
                        answer.getId(),
                        pledge.getTitle() + " · " + answer.getUnitName())
                .withValues(null, answer.auditState())
                .withReason(reason));
        year.head()
                .ifPresent(unit -> notifications.notifyUnits(
                        List.of(unit.unitId()),
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
        policy.requireHeadOrAdminOf(pledge.getClusterYearId());
        if (pledge.getStatus() != PledgeStatus.OPEN) {
            throw new PledgeException("pledge.notOpen");
        }
        List<Long> pending = pledge.memberUnits(yearOf(pledge)).stream()
                .map(ClusterYearMember::unitId)
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
        ClusterYear year = yearOf(pledge);
        List<ClusterYearMember> members = pledge.memberUnits(year);
        List<ProgressRow> rows = new ArrayList<>();
        for (ClusterYearMember unit : members) {
            rows.add(progressRow(pledge, unit, false));
        }
        year.head().ifPresent(unit -> rows.add(progressRow(pledge, unit, true)));
        Verification integrity = check(pledge, year);
        return new PledgeView(
                pledge,
                year.clusterName(),
                rows,
                pledge.signedMemberCount(year),
                members.size(),
                pledge.isOverdue(today()),
                permissions(user, pledge, year, integrity),
                integrity,
                year);
    }

    private static ProgressRow progressRow(Pledge pledge, ClusterYearMember unit, boolean head) {
        List<PledgeSignature> earlier = pledge.getSignatures().stream()
                .filter(s -> s.getUnitId() == unit.unitId() && !s.isValid())
                .sorted(Comparator.comparing(PledgeSignature::getAnsweredAt).reversed())
                .toList();
        return new ProgressRow(unit, head, pledge.currentAnswer(unit.unitId()).orElse(null), earlier);
    }

    /** Documents are offered only for a completed pledge whose stored text still matches its signatures. */
    private PledgePermissions permissions(CurrentUser user, Pledge pledge, ClusterYear year, Verification integrity) {
        boolean writable = !year.isReadOnly();
        PledgeStatus status = pledge.getStatus();
        boolean manage = writable && policy.isHeadOrAdminOf(user, pledge.getClusterYearId());
        Optional<Long> unit =
                writable && status == PledgeStatus.OPEN ? answeringUnit(user, pledge, year) : Optional.empty();
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
                open && pledge.allMembersSigned(year),
                open && !pledge.allMembersSigned(year),
                status == PledgeStatus.COMPLETED && intact);
    }

    /** The member unit the user answers for: their own unit, when it is a member (not the head) of the cluster-year. */
    private static Optional<Long> answeringUnit(CurrentUser user, Pledge pledge, ClusterYear year) {
        if (!user.role().isUnitBound() || user.unitId() == null || user.organizerId() != pledge.getOrganizerId()) {
            return Optional.empty();
        }
        return year.member(user.unitId()).filter(member -> !member.isHead()).map(ClusterYearMember::unitId);
    }

    private ClusterYear readableYear(CurrentUser user, long termId) {
        ClusterYear year = clusterYears.find(termId).orElseThrow(() -> new NotFoundException("term"));
        if (!policy.canRead(user, termId)) {
            throw new NotFoundException("term");
        }
        return year;
    }

    /** The cluster-year of a pledge, with its members: what every action on the pledge is given. */
    private ClusterYear yearOf(Pledge pledge) {
        return clusterYears.get(pledge.getClusterYearId());
    }

    /** Last year's pledge of the same cluster, if there is one. */
    private Optional<Pledge> previousPledge(ClusterYear year) {
        return clusterYears
                .find(year.summary().clusterId(), year.year() - 1)
                .flatMap(previous -> pledges.findByClusterYear(previous.id()));
    }

    private Pledge readable(CurrentUser user, Optional<Pledge> found) {
        Pledge pledge = found.orElseThrow(() -> new NotFoundException("pledge"));
        if (!policy.canRead(user, pledge.getClusterYearId())) {
            throw new NotFoundException("pledge");
        }
        return pledge;
    }

    private Pledge locked(CurrentUser user, long id) {
        return readable(user, pledges.findForUpdate(id));
    }

    private static void initialize(Pledge pledge) {
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
