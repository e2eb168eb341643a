package vn.thidua.award.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.thidua.award.type.AwardType;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearSummary;

/** What the registration pages show. */
public final class RegistrationViews {

    private RegistrationViews() {}

    /** The deadline of a year: none set, or the last day, and whether registering is open today. */
    public record Deadline(int year, LocalDate closesOn, Long version, boolean open) {

        public boolean isSet() {
            return closesOn != null;
        }
    }

    /** One type a unit may register for, with its registration if it has one (standing or withdrawn). */
    public record Choice(AwardType type, Registration registration) {

        public boolean registered() {
            return registration != null && registration.isActive();
        }
    }

    /** A member unit's page for one cluster-year of the working year. */
    public record UnitYear(
            ClusterYearSummary clusterYear, long unitId, String unitName, List<Choice> choices, Deadline deadline) {

        /** Whether the unit may still register or withdraw: the deadline has not passed and the year is not closed. */
        public boolean changeable() {
            return deadline.open() && !clusterYear.isReadOnly();
        }
    }

    /** A cluster-year's table: its member units by the types, with each registration. */
    public record Table(
            ClusterYear clusterYear,
            List<AwardType> types,
            Map<Long, Map<Long, Registration>> byUnitAndType,
            Map<Long, Long> countByType,
            Deadline deadline) {

        public Registration at(long unitId, long typeId) {
            return byUnitAndType.getOrDefault(unitId, Map.of()).get(typeId);
        }

        public long count(long typeId) {
            return countByType.getOrDefault(typeId, 0L);
        }
    }

    /** One cluster-year's line of the province-wide overview: its members and how many registered for each type. */
    public record ClusterLine(ClusterYear clusterYear, Map<Long, Long> countByType) {

        public long count(long typeId) {
            return countByType.getOrDefault(typeId, 0L);
        }
    }

    /** The organiser's overview of a year. */
    public record Overview(int year, List<AwardType> types, List<ClusterLine> lines, Deadline deadline) {}
}
