package vn.thidua.scoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.Units;

/**
 * What scoring reads of organisation for a round or a sheet, which keep the cluster-year's and the unit's ids: the
 * cluster-year (with its members, whose names the sheets show), and the names a record is written under. The
 * cluster-year comes from {@link ClusterYears}, which remembers it for the rest of a request that only reads; a unit
 * that is no longer listed in the year is read from {@link Units}, all such units in one query.
 */
@Component
class ScoringNames {

    private final ClusterYears clusterYears;
    private final Units units;

    ScoringNames(ClusterYears clusterYears, Units units) {
        this.clusterYears = clusterYears;
        this.units = units;
    }

    ClusterYear year(ScoringRound round) {
        return clusterYears.get(round.getClusterYearId());
    }

    /** Nothing of a closed year changes (khóa sổ); the database refuses it as well. */
    void requireYearOpen(ScoringRound round) {
        if (year(round).isReadOnly()) {
            throw new ScoringException("scoring.round.termClosed");
        }
    }

    /** The cluster's name and the year: how a round reads in the audit trail and in notifications. */
    String summary(ScoringRound round) {
        return summary(year(round));
    }

    static String summary(ClusterYear year) {
        return year.clusterName() + " " + year.year();
    }

    /** The unit's name, the cluster's and the year: how a sheet reads in the audit trail. */
    String summary(ScoreSheet sheet) {
        return unit(sheet).name() + " · " + summary(sheet.getRound());
    }

    UnitName unit(ScoreSheet sheet) {
        return units(sheet.getRound(), List.of(sheet)).get(sheet.getUnitId());
    }

    /** The units of these sheets of one round, by id: the year's members, and any other in one query. */
    Map<Long, UnitName> units(ScoringRound round, Collection<ScoreSheet> sheets) {
        return units(year(round), sheets.stream().map(ScoreSheet::getUnitId).collect(Collectors.toSet()));
    }

    Map<Long, UnitName> units(ClusterYear year, Set<Long> unitIds) {
        Map<Long, UnitName> found = new HashMap<>();
        for (ClusterYearMember member : year.members()) {
            if (unitIds.contains(member.unitId())) {
                found.put(member.unitId(), UnitName.of(member));
            }
        }
        if (found.size() < unitIds.size()) {
            List<Long> others =
                    unitIds.stream().filter(id -> !found.containsKey(id)).toList();
            units.byIds(others).values().forEach(unit -> found.put(unit.id(), UnitName.of(unit)));
            if (found.size() < unitIds.size()) {
                throw new NotFoundException("unit");
            }
        }
        return found;
    }
}
