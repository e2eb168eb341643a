package vn.thidua.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.Role;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.DomainException;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.SearchText;
import vn.thidua.common.Versions;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/**
 * The accounts of the administrator's own organiser: list, create, change, disable and enable, reset the password.
 * Accounts of another organiser are not shown to exist.
 */
@Service
@PreAuthorize("@policy.isAdmin()")
public class UserAdministration {

    /** The users list's sort by the unit's name. */
    public static final String UNIT_NAME = "unit.name";

    public static final String ENTITY = "User";
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,60}");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_TEXT = 255;

    private final UserAccountRepository users;
    private final Units units;
    private final AuditTrail audit;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AccessPolicy policy;

    UserAdministration(
            UserAccountRepository users,
            Units units,
            AuditTrail audit,
            PasswordEncoder passwordEncoder,
            Clock clock,
            AccessPolicy policy) {
        this.policy = policy;
        this.users = users;
        this.units = units;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * The organiser's accounts matching the query, with their units' names: one query for the accounts (and one to
     * count them), one for the names of the page's units. Sorted by {@code unit.name}, the accounts follow the order
     * of the units' names, which organisation gives as ids.
     */
    @Transactional(readOnly = true)
    public Page<UserSummary> search(String query, Pageable pageable) {
        long organizerId = policy.requireAdmin().organizerId();
        String pattern = SearchText.containsPattern(query);
        Sort.Order byUnit = pageable.getSort().getOrderFor(UNIT_NAME);
        Page<UserRow> rows;
        if (byUnit == null) {
            rows = users.search(organizerId, pattern, pageable);
        } else {
            List<Long> order = new ArrayList<>(units.idsByName(organizerId));
            // Accounts without a unit come last going up and first going down, as a missing name sorts in SQL.
            order.add(0L);
            if (byUnit.isDescending()) {
                Collections.reverse(order);
            }
            String unitOrder = order.stream().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
            rows = users.searchInUnitOrder(
                    organizerId, pattern, unitOrder, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        }
        Set<Long> unitIds =
                rows.stream().map(UserRow::unitId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, UnitSummary> names = units.byIds(unitIds);
        List<UserSummary> shown = rows.stream()
                .map(row -> row.withUnitName(
                        row.unitId() == null || !names.containsKey(row.unitId())
                                ? null
                                : names.get(row.unitId()).name()))
                .toList();
        // The page keeps the sort it was asked for, whichever query read it.
        return new PageImpl<>(
                shown, PageRequest.of(rows.getNumber(), rows.getSize(), pageable.getSort()), rows.getTotalElements());
    }

    @Transactional(readOnly = true)
    public UserAccount user(long id) {
        CurrentUser admin = policy.requireAdmin();
        return users.findById(id)
                .filter(user -> user.getOrganizerId().equals(admin.organizerId()))
                .orElseThrow(() -> new NotFoundException("user"));
    }

    /** The units an account may be given: the organiser's active units, plus its present one if that was retired since. */
    @Transactional(readOnly = true)
    public List<UnitSummary> assignableUnits(Long currentUnitId) {
        CurrentUser admin = policy.requireAdmin();
        List<UnitSummary> active = new ArrayList<>(units.activeOf(admin.organizerId()));
        if (currentUnitId != null && active.stream().noneMatch(unit -> unit.id() == currentUnitId)) {
            active.add(0, ownUnit(admin, currentUnitId));
        }
        return active;
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        policy.requireAdmin();
        return username != null && users.findByUsername(username.trim()).isPresent();
    }

    @Transactional
    public UserAccount create(NewUser command) {
        CurrentUser admin = policy.requireAdmin();
        String username = command.username() == null ? "" : command.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException("user.username.pattern");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new DomainException("user.username.taken", username);
        }
        requireDescription(command.fullName(), command.email());
        PasswordPolicy.check(command.password());
        UnitSummary unit = checkedUnit(admin, command.role(), command.unitId(), null);
        UserAccount user = new UserAccount(
                username,
                passwordEncoder.encode(command.password()),
                command.fullName(),
                command.email(),
                admin.organizerId());
        user.assign(command.role(), command.unitId());
        user.requirePasswordChange();
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            // Another administrator took the name a moment ago.
            throw new DomainException("user.username.taken", username);
        }
        audit.record(
                AuditEntry.of(admin.organizerId(), AccountAuditAction.USER_CREATED, ENTITY, user.getId(), summary(user))
                        .withValues(null, auditState(user, unit)));
        return user;
    }

    @Transactional
    public UserAccount update(long id, long expectedVersion, UserChanges changes) {
        CurrentUser admin = policy.requireAdmin();
        UserAccount user = user(id);
        Versions.require(expectedVersion, user.getVersion());
        if (user.getId() == admin.id() && changes.role() != user.getRole()) {
            throw new DomainException("user.role.self");
        }
        requireDescription(changes.fullName(), changes.email());
        UnitSummary unit = checkedUnit(admin, changes.role(), changes.unitId(), user.getUnitId());
        Map<String, Object> before =
                auditState(user, user.getUnitId() == null ? null : ownUnit(admin, user.getUnitId()));
        user.rename(changes.fullName(), changes.email());
        user.assign(changes.role(), changes.unitId());
        users.flush();
        Map<String, Object> after = auditState(user, unit);
        if (!before.equals(after)) {
            audit.record(AuditEntry.of(
                            admin.organizerId(), AccountAuditAction.USER_UPDATED, ENTITY, user.getId(), summary(user))
                    .withValues(before, after));
        }
        return user;
    }

    /** The person can no longer sign in, and a session they have open ends at their next request. */
    @Transactional
    public void disable(long id, long expectedVersion) {
        CurrentUser admin = policy.requireAdmin();
        UserAccount user = user(id);
        Versions.require(expectedVersion, user.getVersion());
        if (user.getId() == admin.id()) {
            throw new DomainException("user.disable.self");
        }
        if (!user.isEnabled()) {
            return;
        }
        Map<String, Object> before = statusState(user);
        user.disable();
        users.flush();
        audit.record(AuditEntry.of(
                        admin.organizerId(), AccountAuditAction.USER_DISABLED, ENTITY, user.getId(), summary(user))
                .withValues(before, statusState(user)));
    }

    /** Enables a disabled account, or unlocks one that failed sign-ins locked. */
    @Transactional
    public void enable(long id, long expectedVersion) {
        CurrentUser admin = policy.requireAdmin();
        UserAccount user = user(id);
        Versions.require(expectedVersion, user.getVersion());
        if (user.statusAt(clock.instant()) == AccountStatus.ACTIVE) {
            return;
        }
        Map<String, Object> before = statusState(user);
        user.enable();
        users.flush();
        audit.record(
                AuditEntry.of(admin.organizerId(), AccountAuditAction.USER_ENABLED, ENTITY, user.getId(), summary(user))
                        .withValues(before, statusState(user)));
    }

    /**
     * Sets a temporary password (which also unlocks the account): the person must replace it when they next sign in,
     * and sessions they had open end. Administrators change their own password on their account page instead.
     */
    @Transactional
    public void resetPassword(long id, long expectedVersion, String temporaryPassword) {
        CurrentUser admin = policy.requireAdmin();
        UserAccount user = user(id);
        Versions.require(expectedVersion, user.getVersion());
        if (user.getId() == admin.id()) {
            throw new DomainException("user.reset.self");
        }
        PasswordPolicy.check(temporaryPassword);
        Map<String, Object> before = statusState(user);
        user.resetPasswordHash(passwordEncoder.encode(temporaryPassword), clock.instant());
        users.flush();
        // Never the password or its hash: only that it was reset, and whether that unlocked the account.
        audit.record(AuditEntry.of(
                        admin.organizerId(),
                        AccountAuditAction.USER_PASSWORD_RESET,
                        ENTITY,
                        user.getId(),
                        summary(user))
                .withValues(before, statusState(user)));
    }

    private UnitSummary checkedUnit(CurrentUser admin, Role role, Long unitId, Long currentUnitId) {
        if (role == null) {
            throw new DomainException("user.role.required");
        }
        if (!role.isUnitBound()) {
            if (unitId != null) {
                throw new DomainException("user.unit.notAllowed");
            }
            return null;
        }
        if (unitId == null) {
            throw new DomainException("user.unit.required");
        }
        if (unitId.equals(currentUnitId)) {
            return ownUnit(admin, unitId);
        }
        return units.activeOf(admin.organizerId()).stream()
                .filter(unit -> unit.id() == unitId)
                .findFirst()
                .orElseThrow(() -> new DomainException("user.unit.invalid"));
    }

    private static void requireDescription(String fullName, String email) {
        if (fullName == null || fullName.isBlank()) {
            throw new DomainException("user.fullName.required");
        }
        if (fullName.trim().length() > MAX_TEXT) {
            throw new DomainException("user.fullName.size", MAX_TEXT);
        }
        if (email != null
                && !email.isBlank()
                && (email.trim().length() > MAX_TEXT
                        || !EMAIL.matcher(email.trim()).matches())) {
            throw new DomainException("user.email.invalid");
        }
    }

    /** A unit of the administrator's organiser; another organiser's unit is not found. */
    private UnitSummary ownUnit(CurrentUser admin, long unitId) {
        return units.find(unitId)
                .filter(unit -> unit.organizerId() == admin.organizerId())
                .orElseThrow(() -> new NotFoundException("unit"));
    }

    private Map<String, Object> auditState(UserAccount user, UnitSummary unit) {
        Map<String, Object> state = user.auditState();
        state.put("unit", unit == null ? null : unit.name());
        return state;
    }

    private Map<String, Object> statusState(UserAccount user) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", user.statusAt(clock.instant()));
        return state;
    }

    private static String summary(UserAccount user) {
        return user.getUsername() + " (" + user.getFullName() + ")";
    }
}
