package vn.thidua.award.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.organization.UnitSummary;

/**
 * A unit's awards year by year, newest first, with those of the units merged into it, each of those labelled with
 * the predecessor's name.
 */
public record UnitAwardHistory(UnitSummary unit, List<UnitSummary> predecessors, List<Year> years) {

    /** The awards of one year. */
    public record Year(int year, List<Row> rows) {}

    /** An award, and the predecessor it was granted to ({@code null} for the unit itself). */
    public record Row(HistoryEntry award, UnitSummary predecessor) {}

    static UnitAwardHistory of(UnitSummary unit, List<UnitSummary> predecessors, List<HistoryEntry> entries) {
        Map<Long, UnitSummary> merged = new LinkedHashMap<>();
        predecessors.forEach(p -> merged.put(p.id(), p));
        Map<Integer, List<Row>> byYear = new LinkedHashMap<>();
        for (HistoryEntry entry : entries) {
            byYear.computeIfAbsent(entry.year(), y -> new ArrayList<>())
                    .add(new Row(entry, entry.unitId() == unit.id() ? null : merged.get(entry.unitId())));
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, rows) -> years.add(new Year(year, List.copyOf(rows))));
        return new UnitAwardHistory(unit, List.copyOf(predecessors), List.copyOf(years));
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    public int awardCount() {
        return years.stream().mapToInt(y -> y.rows().size()).sum();
    }
}
