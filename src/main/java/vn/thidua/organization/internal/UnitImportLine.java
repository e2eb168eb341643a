package vn.thidua.organization.internal;

import java.util.List;
import vn.thidua.organization.UnitLevel;

/** A row of an import with what the check made of it: its level, if recognised, and its problems. */
public record UnitImportLine(UnitImportRow row, UnitLevel level, List<UnitImportProblem> problems) {

    public boolean isValid() {
        return problems.isEmpty();
    }
}
