package vn.thidua.award.history;

import vn.thidua.organization.UnitSummary;

/** An individual's award found by the search of people: the award and the person's unit. */
public record PersonAward(HistoryEntry award, UnitSummary unit) {}
