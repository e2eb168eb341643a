package vn.thidua.organization;

/** A unit as other features see it: read-only, never the entity. */
public record UnitSummary(
        long id, long organizerId, String code, String name, String shortName, UnitLevel level, boolean active) {

    /** The short name when there is one, else the full name. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
