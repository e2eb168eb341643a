package vn.thidua.pledge;

import java.util.List;

/** A pledge as its page shows it: the text, who has answered, and what the viewer may do. */
public record PledgeView(Pledge pledge, String clusterName, List<ProgressRow> progress, long signed, long members,
                         boolean overdue, PledgePermissions can) {

    /** Every member unit, the head last: the order per-member targets are shown in. */
    public List<vn.thidua.organization.Unit> units() {
        return progress.stream().map(ProgressRow::unit).toList();
    }

    public List<PledgeField> fields() {
        return List.of(PledgeField.values());
    }

    /** The fields that have targets, in order: the documents number them 1, 2, 3… */
    public List<PledgeField> fieldsWithTargets() {
        return fields().stream().filter(field -> !pledge.targetsOf(field).isEmpty()).toList();
    }
}
