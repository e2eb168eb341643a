package vn.thidua.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The units as other features see them: read-only records. Access is the caller's business. */
public interface Units {

    Optional<UnitSummary> find(long unitId);

    /** The units with these ids, by id, in one query. */
    Map<Long, UnitSummary> byIds(Collection<Long> unitIds);

    /** The ids of all the organiser's units, retired ones too, in the order of their names (for sorting by unit). */
    List<Long> idsByName(long organizerId);

    /** The organiser's units that are not retired, by name. */
    List<UnitSummary> activeOf(long organizerId);

    /**
     * The units merged into this one, directly or through other merged units (the whole chain of successors leading
     * here), by name, in one query; empty for a unit nothing was merged into.
     */
    List<UnitSummary> predecessorsOf(long unitId);

    /** {@link #predecessorsOf(long)} for several units at once, in two queries; a unit without any is left out. */
    Map<Long, List<UnitSummary>> predecessorsOf(Collection<Long> unitIds);

    /** The organiser's units (retired ones too) with these codes, whatever their case, by lower-case code. */
    Map<String, UnitSummary> byCodes(long organizerId, Collection<String> codes);
}
