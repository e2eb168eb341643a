package vn.thidua.organization;

/** An organiser (the council of a province or a ministry) as other features see it: its name and working year. */
public record OrganizerSummary(long id, String name, int workingYear) {}
