package vn.thidua.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/** The units as records, for the other features (see {@link Units}). */
@Component
@Transactional(readOnly = true)
class UnitDirectory implements Units {

    private final UnitRepository units;

    UnitDirectory(UnitRepository units) {
        this.units = units;
    }

    @Override
    public Optional<UnitSummary> find(long unitId) {
        return units.findById(unitId).map(UnitDirectory::summary);
    }

    @Override
    public Map<Long, UnitSummary> byIds(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return units.findAllById(unitIds).stream()
                .map(UnitDirectory::summary)
                .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    }

    @Override
    public List<Long> idsByName(long organizerId) {
        return units.findIdsByName(organizerId);
    }

    @Override
    public List<UnitSummary> activeOf(long organizerId) {
        return units.findActive(organizerId).stream()
                .map(UnitDirectory::summary)
                .toList();
    }

    static UnitSummary summary(Unit unit) {
        return new UnitSummary(
                unit.getId(),
                unit.getOrganizerId(),
                unit.getCode(),
                unit.getName(),
                unit.getShortName(),
                unit.getLevel(),
                unit.isActive());
    }
}
