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

    @Override
    public List<UnitSummary> predecessorsOf(long unitId) {
        return units.findAllPredecessors(unitId).stream()
                .map(UnitDirectory::summary)
                .toList();
    }

    @Override
    public Map<Long, List<UnitSummary>> predecessorsOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> pairs = units.findPredecessorPairs(unitIds);
        if (pairs.isEmpty()) {
            return Map.of();
        }
        Map<Long, UnitSummary> merged =
                byIds(pairs.stream().map(pair -> ((Number) pair[1]).longValue()).collect(Collectors.toSet()));
        Map<Long, List<UnitSummary>> byUnit = new java.util.HashMap<>();
        for (Object[] pair : pairs) {
            UnitSummary unit = merged.get(((Number) pair[1]).longValue());
            if (unit != null) {
                byUnit.computeIfAbsent(((Number) pair[0]).longValue(), k -> new java.util.ArrayList<>())
                        .add(unit);
            }
        }
        byUnit.values().forEach(list -> list.sort(java.util.Comparator.comparing(UnitSummary::name)));
        return byUnit;
    }

    @Override
    public Map<String, UnitSummary> byCodes(long organizerId, Collection<String> codes) {
        List<String> lower = codes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.trim().toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
        if (lower.isEmpty()) {
            return Map.of();
        }
        return units.findByCodes(organizerId, lower).stream()
                .map(UnitDirectory::summary)
                .collect(Collectors.toMap(u -> u.code().toLowerCase(java.util.Locale.ROOT), Function.identity()));
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
