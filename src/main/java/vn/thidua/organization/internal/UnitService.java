package vn.thidua.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.audit.RecordedChange;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.SearchText;
import vn.thidua.common.Versions;
import vn.thidua.organization.UnitLevel;

/** Units of the signed-in person's organiser. Administrators change them; staff read them. */
@Service
public class UnitService {

    static final String ENTITY = "Unit";
    private static final int IN_CHUNK = 1000;

    private final UnitRepository units;
    private final AuditTrail audit;
    private final AccessPolicy policy;

    UnitService(UnitRepository units, AuditTrail audit, AccessPolicy policy) {
        this.policy = policy;
        this.units = units;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<Unit> search(String query, UnitLevel level, boolean includeRetired, Pageable pageable) {
        CurrentUser user = policy.requireStaff();
        // Every word is looked for on its own, wherever it stands in the code, the name or the short name.
        List<String> words = SearchText.wordPatterns(query, 4);
        return units.search(
                user.organizerId(),
                words.get(0),
                words.get(1),
                words.get(2),
                words.get(3),
                level,
                includeRetired,
                pageable);
    }

    /** The units that can still join clusters or be chosen as successors. */
    @Transactional(readOnly = true)
    public List<Unit> activeUnits() {
        return units.findActive(CurrentUsers.require().organizerId());
    }

    @Transactional(readOnly = true)
    public Unit unit(long id) {
        CurrentUser user = CurrentUsers.require();
        return units.findById(id)
                .filter(unit -> unit.getOrganizerId().equals(user.organizerId()))
                .orElseThrow(() -> new NotFoundException("unit"));
    }

    /** One unit with its parent and successor loaded, for the staff's unit page. */
    @Transactional(readOnly = true)
    public Unit details(long id) {
        CurrentUser user = policy.requireStaff();
        return units.findWithLinks(id)
                .filter(unit -> unit.getOrganizerId().equals(user.organizerId()))
                .orElseThrow(() -> new NotFoundException("unit"));
    }

    /** The units that were merged into this one. */
    @Transactional(readOnly = true)
    public List<Unit> predecessors(long id) {
        policy.requireStaff();
        return units.findPredecessors(unit(id).getId());
    }

    /** Everything recorded about the unit, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordedChange> history(long id) {
        policy.requireStaff();
        return audit.historyOf(ENTITY, unit(id).getId());
    }

    /** Names of units of the user's organiser by id (units of other organisers are left out). */
    @Transactional(readOnly = true)
    public Map<Long, String> unitNames(Collection<Long> ids) {
        CurrentUser user = policy.requireStaff();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return units.findAllOf(user.organizerId(), Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Unit::getId, Unit::getName));
    }

    @Transactional(readOnly = true)
    public String unitName(long id) {
        return units.findById(id).map(Unit::getName).orElse(null);
    }

    @Transactional
    public Unit create(UnitCommand command) {
        CurrentUser user = policy.requireAdmin();
        requireCodeFree(user.organizerId(), command.code(), null);
        Unit unit = new Unit(user.organizerId(), command.code(), command.name(), command.shortName(), command.level());
        unit.placeUnder(parentOf(user, command));
        try {
            units.saveAndFlush(unit);
        } catch (DataIntegrityViolationException e) {
            throw codeTakenOr(e, command.code());
        }
        audit.record(AuditEntry.of(
                        user.organizerId(), OrganizationAuditAction.UNIT_CREATED, ENTITY, unit.getId(), unit.getName())
                .withValues(null, unit.auditState()));
        return unit;
    }

    @Transactional
    public Unit update(long id, long expectedVersion, UnitCommand command) {
        CurrentUser user = policy.requireAdmin();
        Unit unit = unit(id);
        Versions.require(expectedVersion, unit.getVersion());
        requireCodeFree(user.organizerId(), command.code(), id);
        Map<String, Object> before = unit.auditState();
        unit.describe(command.code(), command.name(), command.shortName(), command.level());
        unit.placeUnder(parentOf(user, command));
        try {
            units.flush();
        } catch (DataIntegrityViolationException e) {
            throw codeTakenOr(e, command.code());
        }
        Map<String, Object> after = unit.auditState();
        if (!after.equals(before)) {
            audit.record(AuditEntry.of(
                            user.organizerId(),
                            OrganizationAuditAction.UNIT_UPDATED,
                            ENTITY,
                            unit.getId(),
                            unit.getName())
                    .withValues(before, after));
        }
        return unit;
    }

    @Transactional
    public void retire(long id, long expectedVersion, LocalDate on, String reason) {
        CurrentUser user = policy.requireAdmin();
        Unit unit = unit(id);
        Versions.require(expectedVersion, unit.getVersion());
        Map<String, Object> before = unit.auditState();
        unit.retire(on, reason);
        units.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(), OrganizationAuditAction.UNIT_RETIRED, ENTITY, unit.getId(), unit.getName())
                .withValues(before, unit.auditState())
                .withReason(reason));
    }

    /** Retires the unit into its successor (the 2025 reform merged many): its history stays linked to the successor. */
    @Transactional
    public void merge(long id, long expectedVersion, long successorId, LocalDate on, String reason) {
        CurrentUser user = policy.requireAdmin();
        Unit unit = unit(id);
        Versions.require(expectedVersion, unit.getVersion());
        Unit successor = unit(successorId);
        Map<String, Object> before = unit.auditState();
        unit.mergeInto(successor, on, reason);
        units.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        OrganizationAuditAction.UNIT_MERGED,
                        ENTITY,
                        unit.getId(),
                        unit.getName() + " → " + successor.getName())
                .withValues(before, unit.auditState())
                .withReason(reason));
        // The successor's own history says what it took over.
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        OrganizationAuditAction.UNIT_ABSORBED,
                        ENTITY,
                        successor.getId(),
                        unit.getName() + " → " + successor.getName())
                .withValues(null, Map.of("predecessorId", unit.getId(), "retiredOn", on))
                .withReason(reason));
    }

    /**
     * Saves units that an import has already validated, all or none. A parent is named by id, or by code: the code of
     * an existing unit of the organiser or of another unit of the same list. Parents are saved before their children.
     */
    @Transactional
    public int createAll(List<UnitCommand> commands) {
        CurrentUser user = policy.requireAdmin();
        long organizerId = user.organizerId();
        Map<String, Unit> byCode = new LinkedHashMap<>();
        for (UnitCommand command : commands) {
            String key = codeKey(command.code());
            if (byCode.containsKey(key)) {
                throw new OrganizationException(
                        "unit.code.duplicate", command.code().trim());
            }
            byCode.put(
                    key, new Unit(organizerId, command.code(), command.name(), command.shortName(), command.level()));
        }
        existingByCode(organizerId, byCode.keySet()).values().stream()
                .findFirst()
                .ifPresent(existing -> {
                    throw new OrganizationException("unit.code.taken", existing.getCode());
                });
        Map<String, Unit> existingParents = existingByCode(
                organizerId,
                commands.stream()
                        .filter(UnitCommand::hasParentCode)
                        .map(command -> codeKey(command.parentCode()))
                        .toList());
        List<Unit> created = new ArrayList<>(byCode.values());
        for (int i = 0; i < commands.size(); i++) {
            UnitCommand command = commands.get(i);
            Unit parent;
            if (command.parentId() != null) {
                parent = unit(command.parentId());
            } else if (command.hasParentCode()) {
                String parentKey = codeKey(command.parentCode());
                parent = byCode.containsKey(parentKey) ? byCode.get(parentKey) : existingParents.get(parentKey);
                if (parent == null) {
                    throw new OrganizationException(
                            "unit.parent.unknown", command.parentCode().trim());
                }
            } else {
                parent = null;
            }
            created.get(i).placeUnder(parent);
        }
        try {
            saveParentsFirst(created);
            units.flush();
        } catch (DataIntegrityViolationException e) {
            throw new OrganizationException("unit.import.conflict");
        }
        for (Unit unit : created) {
            audit.record(AuditEntry.of(
                            organizerId, OrganizationAuditAction.UNIT_IMPORTED, ENTITY, unit.getId(), unit.getName())
                    .withValues(null, unit.auditState()));
        }
        audit.record(AuditEntry.of(
                organizerId, OrganizationAuditAction.UNITS_IMPORTED, ENTITY, null, commands.size() + " units"));
        return commands.size();
    }

    @Transactional(readOnly = true)
    public boolean codeTaken(String code, Long exceptId) {
        return units.findByCode(CurrentUsers.require().organizerId(), code.trim())
                .filter(existing -> !existing.getId().equals(exceptId))
                .isPresent();
    }

    /** Existing units of the organiser whose code is one of {@code codeKeys} (lower case), by lower-case code. */
    Map<String, Unit> existingByCode(long organizerId, Collection<String> codeKeys) {
        List<String> keys = List.copyOf(new HashSet<>(codeKeys));
        Map<String, Unit> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            for (Unit unit :
                    units.findByCodes(organizerId, keys.subList(from, Math.min(keys.size(), from + IN_CHUNK)))) {
                found.put(codeKey(unit.getCode()), unit);
            }
        }
        return found;
    }

    static String codeKey(String code) {
        return code == null ? "" : Unit.nfc(code.trim()).toLowerCase(Locale.ROOT);
    }

    private void saveParentsFirst(List<Unit> created) {
        Set<Unit> pending = new HashSet<>(created);
        List<Unit> queue = new ArrayList<>(created);
        while (!queue.isEmpty()) {
            boolean progress = false;
            for (Iterator<Unit> it = queue.iterator(); it.hasNext(); ) {
                Unit unit = it.next();
                if (unit.getParent() == null || !pending.contains(unit.getParent())) {
                    units.save(unit);
                    pending.remove(unit);
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                throw new OrganizationException("unit.parent.cycle");
            }
        }
    }

    private void requireCodeFree(long organizerId, String code, Long exceptId) {
        if (code == null || code.isBlank()) {
            return;
        }
        units.findByCode(organizerId, code.trim())
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new OrganizationException("unit.code.taken", code.trim());
                });
    }

    private Unit parentOf(CurrentUser user, UnitCommand command) {
        if (command.parentId() != null) {
            return unit(command.parentId());
        }
        if (command.hasParentCode()) {
            return units.findByCode(user.organizerId(), command.parentCode().trim())
                    .orElseThrow(() -> new OrganizationException(
                            "unit.parent.unknown", command.parentCode().trim()));
        }
        return null;
    }

    private static RuntimeException codeTakenOr(DataIntegrityViolationException e, String code) {
        String cause = String.valueOf(e.getMostSpecificCause().getMessage());
        return cause.contains("unit_code_uk") ? new OrganizationException("unit.code.taken", code.trim()) : e;
    }
}
