package vn.thidua.award.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.award.type.AwardAuditAction;
import vn.thidua.award.type.AwardCategory;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeRepository;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.DomainException;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Versions;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.Organizers;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/**
 * Registration (đăng ký thi đua): a member unit's officer registers, or withdraws, the titles the unit aims for in its
 * cluster-year of the working year, until the deadline the administrator sets for the year. The cluster's head and the
 * organiser's staff see who registered for what. Registrations are kept, withdrawn ones too, with their history.
 */
@Service
public class RegistrationService {

    static final String REGISTRATION = "AwardRegistration";
    static final String WINDOW = "AwardRegistrationWindow";

    private final RegistrationRepository registrations;
    private final RegistrationWindowRepository windows;
    private final AwardTypeRepository types;
    private final ClusterYears clusterYears;
    private final Units units;
    private final Organizers organizers;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    RegistrationService(
            RegistrationRepository registrations,
            RegistrationWindowRepository windows,
            AwardTypeRepository types,
            ClusterYears clusterYears,
            Units units,
            Organizers organizers,
            AccessPolicy policy,
            AuditTrail audit,
            Notifications notifications,
            Clock clock) {
        this.registrations = registrations;
        this.windows = windows;
        this.types = types;
        this.clusterYears = clusterYears;
        this.units = units;
        this.organizers = organizers;
        this.policy = policy;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * The (unit, award type) pairs registered, and not withdrawn, in this cluster-year. For the proposal's checks:
     * it checks NO access — the caller has already decided that the person may see the cluster-year.
     */
    @Transactional(readOnly = true)
    public Set<RegisteredPair> registeredPairs(long clusterYearId) {
        return registrations.findStanding(clusterYearId).stream()
                .map(r -> new RegisteredPair(r.getUnitId(), r.getAwardTypeId()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The titles a unit may register for: the organiser's active titles. */
    List<AwardType> registrable(long organizerId) {
        return types.findByOrganizer(organizerId).stream()
                .filter(AwardType::isActive)
                .filter(t -> t.getCategory() == AwardCategory.TITLE)
                .toList();
    }

    // ----- the member unit's side -----

    /** The signed-in officer's unit in each of its cluster-years of the working year, with its registrations. */
    @Transactional(readOnly = true)
    public List<RegistrationViews.UnitYear> mine() {
        CurrentUser user = requireOfficer();
        int year = organizers.workingYear(user.organizerId());
        RegistrationViews.Deadline deadline = deadline(user.organizerId(), year);
        List<AwardType> offered = registrable(user.organizerId());
        String unitName =
                units.find(user.unitId()).map(UnitSummary::displayName).orElse("");
        List<RegistrationViews.UnitYear> result = new ArrayList<>();
        for (ClusterYearSummary summary : clusterYears.ofUnit(user.unitId())) {
            if (summary.year() != year || summary.organizerId() != user.organizerId()) {
                continue;
            }
            Map<Long, Registration> own = new HashMap<>();
            registrations.findByClusterYear(summary.id()).stream()
                    .filter(r -> r.getUnitId().equals(user.unitId()))
                    .forEach(r -> own.put(r.getAwardTypeId(), r));
            List<RegistrationViews.Choice> choices = new ArrayList<>();
            offered.forEach(t -> choices.add(new RegistrationViews.Choice(t, own.remove(t.getId()))));
            // A registration for a type since taken out of use is still shown.
            own.values()
                    .forEach(r -> types.findById(r.getAwardTypeId())
                            .ifPresent(t -> choices.add(new RegistrationViews.Choice(t, r))));
            result.add(new RegistrationViews.UnitYear(summary, user.unitId(), unitName, choices, deadline));
        }
        return result;
    }

    /** Registers the officer's unit for a title in its cluster-year, before the deadline. */
    @Transactional
    public Registration register(long clusterYearId, long awardTypeId) {
        CurrentUser user = requireOfficer();
        ClusterYear year = changeableYear(user, clusterYearId);
        AwardType type = types.findById(awardTypeId)
                .filter(t -> t.getOrganizerId() == year.organizerId())
                .orElseThrow(() -> new NotFoundException("awardType"));
        if (!type.isActive() || type.getCategory() != AwardCategory.TITLE) {
            throw new DomainException("registration.typeNotOffered", type.getName());
        }
        String actor = CurrentUsers.actorName();
        Registration registration = registrations
                .findByClusterYearIdAndUnitIdAndAwardTypeId(clusterYearId, user.unitId(), awardTypeId)
                .orElse(null);
        if (registration == null) {
            registration = new Registration(clusterYearId, user.unitId(), awardTypeId, actor, clock.instant());
        } else {
            registration.renew(actor, clock.instant());
        }
        registrations.saveAndFlush(registration);
        String unitName =
                year.member(user.unitId()).map(ClusterYearMember::unitName).orElse("");
        record(year, registration, AwardAuditAction.AWARD_REGISTERED.code(), unitName, type, true);
        year.head()
                .filter(head -> head.unitId() != user.unitId())
                .ifPresent(head -> notifications.notifyUnits(
                        List.of(head.unitId()),
                        NotificationMessage.of(
                                "registration.notify.registered",
                                "/registrations/cluster-years/" + clusterYearId,
                                unitName,
                                type.getName(),
                                year.clusterName())));
        return registration;
    }

    /** Withdraws the officer's unit's registration for a title, before the deadline; it is kept as withdrawn. */
    @Transactional
    public Registration withdraw(long clusterYearId, long awardTypeId) {
        CurrentUser user = requireOfficer();
        ClusterYear year = changeableYear(user, clusterYearId);
        Registration registration = registrations
                .findByClusterYearIdAndUnitIdAndAwardTypeId(clusterYearId, user.unitId(), awardTypeId)
                .orElseThrow(() -> new DomainException("registration.notRegistered"));
        registration.withdraw(CurrentUsers.actorName(), clock.instant());
        registrations.saveAndFlush(registration);
        AwardType type = types.findById(awardTypeId).orElseThrow(() -> new NotFoundException("awardType"));
        String unitName =
                year.member(user.unitId()).map(ClusterYearMember::unitName).orElse("");
        record(year, registration, AwardAuditAction.AWARD_REGISTRATION_WITHDRAWN.code(), unitName, type, false);
        return registration;
    }

    // ----- the head's and the organiser's side -----

    /** A cluster-year's registrations by unit and type: for its head and for the organiser's staff. */
    @Transactional(readOnly = true)
    public RegistrationViews.Table table(long clusterYearId) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = clusterYears
                .find(clusterYearId)
                .filter(y -> policy.canRead(user, y.id()))
                .orElseThrow(() -> new NotFoundException("clusterTerm"));
        if (!policy.isStaffOf(user, year.organizerId()) && !policy.isHeadOf(user, clusterYearId)) {
            throw new AccessDeniedException("the head of the cluster-year or the organiser's staff only");
        }
        List<Registration> all = registrations.findByClusterYear(clusterYearId);
        Map<Long, Map<Long, Registration>> byUnit = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        all.forEach(r -> {
            byUnit.computeIfAbsent(r.getUnitId(), k -> new HashMap<>()).put(r.getAwardTypeId(), r);
            if (r.isActive()) {
                counts.merge(r.getAwardTypeId(), 1L, Long::sum);
            }
        });
        return new RegistrationViews.Table(
                year, shownTypes(year.organizerId(), all), byUnit, counts, deadline(year.organizerId(), year.year()));
    }

    /** The organiser's cluster-years of a year, each with how many of its members registered for each title. */
    @Transactional(readOnly = true)
    public RegistrationViews.Overview overview(Integer requestedYear) {
        CurrentUser user = policy.requireStaff();
        int year = requestedYear == null ? organizers.workingYear(user.organizerId()) : requestedYear;
        List<Long> ids = clusterYears.ofOrganizer(user.organizerId(), year).stream()
                .map(ClusterYearSummary::id)
                .toList();
        List<ClusterYear> withMembers = clusterYears.withMembers(ids);
        List<Registration> all = registrations.findByClusterYears(ids);
        Map<Long, Map<Long, Long>> counts = new HashMap<>();
        all.stream()
                .filter(Registration::isActive)
                .forEach(r -> counts.computeIfAbsent(r.getClusterYearId(), k -> new HashMap<>())
                        .merge(r.getAwardTypeId(), 1L, Long::sum));
        List<RegistrationViews.ClusterLine> lines = withMembers.stream()
                .map(y -> new RegistrationViews.ClusterLine(y, counts.getOrDefault(y.id(), Map.of())))
                .toList();
        return new RegistrationViews.Overview(
                year, shownTypes(user.organizerId(), all), lines, deadline(user.organizerId(), year));
    }

    /** The deadline of the administrator's organiser for a year: the last day units may register. */
    @Transactional
    public void setDeadline(int year, LocalDate closesOn, Long expectedVersion) {
        CurrentUser user = policy.requireAdmin();
        RegistrationWindow window = windows.findById(new RegistrationWindow.Key(user.organizerId(), year))
                .orElse(null);
        Versions.require(expectedVersion, window == null ? null : window.getVersion());
        LocalDate before = window == null ? null : window.getClosesOn();
        if (window == null) {
            window = new RegistrationWindow(user.organizerId(), year, closesOn);
        } else {
            window.closeOn(closesOn);
        }
        windows.saveAndFlush(window);
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("year", year);
        old.put("closesOn", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("year", year);
        now.put("closesOn", closesOn);
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        AwardAuditAction.AWARD_REGISTRATION_WINDOW_SET.code(),
                        WINDOW,
                        (long) year,
                        DisplayFormat.DATE.format(closesOn))
                .withValues(old, now));
    }

    /** Whether the signed-in person may set the deadline. */
    public boolean canSetDeadline() {
        return policy.isAdmin();
    }

    RegistrationViews.Deadline deadline(long organizerId, int year) {
        return windows.findById(new RegistrationWindow.Key(organizerId, year))
                .map(w -> new RegistrationViews.Deadline(
                        year, w.getClosesOn(), w.getVersion(), w.isOpenOn(BusinessTime.today(clock))))
                .orElse(new RegistrationViews.Deadline(year, null, null, false));
    }

    /** The offered titles, and any other type that was registered for. */
    private List<AwardType> shownTypes(long organizerId, List<Registration> all) {
        Set<Long> used = all.stream().map(Registration::getAwardTypeId).collect(Collectors.toSet());
        return types.findByOrganizer(organizerId).stream()
                .filter(t -> (t.isActive() && t.getCategory() == AwardCategory.TITLE) || used.contains(t.getId()))
                .toList();
    }

    /** The cluster-year, when the officer's unit is a member, it is the working year, open, and before the deadline. */
    private ClusterYear changeableYear(CurrentUser user, long clusterYearId) {
        ClusterYear year = clusterYears
                .find(clusterYearId)
                .filter(y -> y.organizerId() == user.organizerId())
                .orElseThrow(() -> new NotFoundException("clusterTerm"));
        if (!policy.isMemberOf(user, clusterYearId) || !year.hasMember(user.unitId())) {
            throw new AccessDeniedException("members of the cluster-year only");
        }
        if (year.isReadOnly()) {
            throw new DomainException("registration.yearClosed");
        }
        if (year.year() != organizers.workingYear(user.organizerId())) {
            throw new DomainException("registration.notWorkingYear", year.year());
        }
        RegistrationViews.Deadline deadline = deadline(year.organizerId(), year.year());
        if (!deadline.isSet()) {
            throw new DomainException("registration.notOpen");
        }
        if (!deadline.open()) {
            throw new DomainException("registration.deadlinePassed", DisplayFormat.DATE.format(deadline.closesOn()));
        }
        return year;
    }

    private CurrentUser requireOfficer() {
        CurrentUser user = CurrentUsers.require();
        if (!policy.actsFor(user, user.unitId())) {
            throw new AccessDeniedException("unit officers only");
        }
        return user;
    }

    private void record(
            ClusterYear year, Registration registration, String action, String unitName, AwardType type, boolean on) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unit", unitName);
        after.put("awardType", type.getName());
        after.put("clusterYear", year.clusterName() + " " + year.year());
        after.put("active", on);
        audit.record(AuditEntry.of(
                        year.organizerId(),
                        action,
                        REGISTRATION,
                        registration.getId(),
                        unitName + " — " + type.getName())
                .withValues(Map.of("active", !on), after));
    }
}
