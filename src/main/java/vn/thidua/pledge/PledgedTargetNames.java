package vn.thidua.pledge;

import java.util.List;

/**
 * The names of the targets in the pledges of some clusters for a year, in the pledges' order, each once; and
 * whether any of those clusters has a pledge that year at all (before one is drafted, no name can be checked).
 */
public record PledgedTargetNames(boolean anyPledge, List<String> names) {

    public static final PledgedTargetNames NONE = new PledgedTargetNames(false, List.of());

    public PledgedTargetNames {
        names = List.copyOf(names);
    }
}
