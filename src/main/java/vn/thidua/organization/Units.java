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
}
