package vn.thidua.organization;

/**
 * An organiser (the council of a province or a ministry) as other features see it: its code (e.g. {@code AG}), name and
 * working year, and whether it is a central council (which receives the provinces' onward proposals).
 */
public record OrganizerSummary(long id, String code, String name, int workingYear, boolean central) {}
