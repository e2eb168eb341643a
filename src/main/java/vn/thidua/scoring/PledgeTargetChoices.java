package vn.thidua.scoring;

import java.util.List;

/**
 * The pledge targets a figure criterion of a table may measure: the names of the targets of the pledges of the
 * table's clusters for its year, and whether any of those clusters has a pledge yet (before one is drafted no name
 * can be checked). Names match as the annual results match them: whatever the case, accents and spacing.
 */
public record PledgeTargetChoices(boolean anyPledge, List<String> names) {

    public PledgeTargetChoices {
        names = List.copyOf(names);
    }

    /** A name no target bears while there are pledges to compare it with. */
    public boolean unknown(String name) {
        return name != null
                && !name.isBlank()
                && anyPledge
                && names.stream().noneMatch(known -> ResultRules.sameTarget(known, name));
    }
}
