package vn.thidua.pledge;

import java.util.List;

/**
 * A pledge as its page shows it: the text, who has answered, what the viewer may do, and the check of its integrity
 * ({@code integrity} is null while the text is not frozen).
 */
public record PledgeView(Pledge pledge, String clusterName, List<ProgressRow> progress, long signed, long members,
                         boolean overdue, PledgePermissions can, Verification integrity) {

    /** Whether the stored text no longer matches what was frozen and signed: the page warns, documents are refused. */
    public boolean tampered() {
        return integrity != null && integrity.tampered();
    }

    /** Every member unit, the head last: the order per-member targets are shown in. */
    public List<vn.thidua.organization.Unit> units() {
        return progress.stream().map(ProgressRow::unit).toList();
    }

    public List<PledgeField> fields() {
        return List.of(PledgeField.values());
    }
}
