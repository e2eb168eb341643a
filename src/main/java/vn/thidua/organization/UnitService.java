package vn.thidua.organization;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.SearchText;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Units of the signed-in person's organiser. Administrators change them; staff read them. */
@Service
public class UnitService {

    static final String ENTITY = "Unit";

    private final UnitRepository units;
    private final AuditTrail audit;

    UnitService(UnitRepository units, AuditTrail audit) {
        this.units = units;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<Unit> search(String query, UnitLevel level, boolean includeRetired, Pageable pageable) {
        CurrentUser user = CurrentUsers.require();
        return units.search(user.organizerId(), SearchText.containsPattern(query), level, includeRetired, pageable);
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

    /** The units that were merged into this one. */
    @Transactional(readOnly = true)
    public List<Unit> predecessors(long id) {
        return units.findPredecessors(unit(id).getId());
    }

    @Transactional(readOnly = true)
    public String unitName(long id) {
        return units.findById(id).map(Unit::getName).orElse(null);
    }

    @Transactional
    public Unit create(UnitCommand command) {
        CurrentUser user = requireAdmin();
        requireCodeFree(user.organizerId(), command.code(), null);
        Unit unit = new Unit(user.organizerId(), command.code(), command.name(), command.shortName(), command.level());
        unit.placeUnder(parentOf(command));
        units.saveAndFlush(unit);
        audit.record(AuditEntry.of(user.organizerId(), "UNIT_CREATED", ENTITY, unit.getId(), unit.getName())
                .withValues(null, unit.auditState()));
        return unit;
    }

    @Transactional
    public Unit update(long id, long expectedVersion, UnitCommand command) {
        CurrentUser user = requireAdmin();
        Unit unit = unit(id);
        requireVersion(unit, expectedVersion);
        requireCodeFree(user.organizerId(), command.code(), id);
        Map<String, Object> before = unit.auditState();
        unit.describe(command.code(), command.name(), command.shortName(), command.level());
        unit.placeUnder(parentOf(command));
        units.flush();
        audit.record(AuditEntry.of(user.organizerId(), "UNIT_UPDATED", ENTITY, unit.getId(), unit.getName())
                .withValues(before, unit.auditState()));
        return unit;
    }

    @Transactional
    public void retire(long id, long expectedVersion, LocalDate on, String reason) {
        CurrentUser user = requireAdmin();
        Unit unit = unit(id);
        requireVersion(unit, expectedVersion);
        Map<String, Object> before = unit.auditState();
        unit.retire(on, reason);
        audit.record(AuditEntry.of(user.organizerId(), "UNIT_RETIRED", ENTITY, unit.getId(), unit.getName())
                .withValues(before, unit.auditState()).withReason(reason));
    }

    /** Retires the unit into its successor (the 2025 reform merged many): its history stays linked to the successor. */
    @Transactional
    public void merge(long id, long expectedVersion, long successorId, LocalDate on, String reason) {
        CurrentUser user = requireAdmin();
        Unit unit = unit(id);
        requireVersion(unit, expectedVersion);
        Unit successor = unit(successorId);
        Map<String, Object> before = unit.auditState();
        unit.mergeInto(successor, on, reason);
        audit.record(AuditEntry.of(user.organizerId(), "UNIT_MERGED", ENTITY, unit.getId(), unit.getName() + " → " + successor.getName())
                .withValues(before, unit.auditState()).withReason(reason));
    }

    /** Saves units that an import has already validated, all or none. */
    @Transactional
    public int createAll(List<UnitCommand> commands) {
        CurrentUser user = requireAdmin();
        for (UnitCommand command : commands) {
            requireCodeFree(user.organizerId(), command.code(), null);
        }
        try {
            for (UnitCommand command : commands) {
                Unit unit = new Unit(user.organizerId(), command.code(), command.name(), command.shortName(), command.level());
                unit.placeUnder(parentOf(command));
                units.save(unit);
            }
            units.flush();
        } catch (DataIntegrityViolationException e) {
            throw new OrganizationException("unit.import.conflict");
        }
        audit.record(AuditEntry.of(user.organizerId(), "UNITS_IMPORTED", ENTITY, null, commands.size() + " units"));
        return commands.size();
    }

    @Transactional(readOnly = true)
    public boolean codeTaken(String code, Long exceptId) {
        return units.findByCode(CurrentUsers.require().organizerId(), code.trim())
                .filter(existing -> !existing.getId().equals(exceptId))
                .isPresent();
    }

    private void requireCodeFree(long organizerId, String code, Long exceptId) {
        units.findByCode(organizerId, code.trim())
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new OrganizationException("unit.code.taken", code.trim());
                });
    }

    private Unit parentOf(UnitCommand command) {
        return command.parentId() == null ? null : unit(command.parentId());
    }

    static void requireVersion(Unit unit, long expectedVersion) {
        if (unit.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Unit.class, unit.getId());
        }
    }

    static CurrentUser requireAdmin() {
        CurrentUser user = CurrentUsers.require();
        if (user.role() != vn.thidua.access.Role.PROVINCE_ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        return user;
    }
}
