package vn.thidua.pledge;

import java.util.List;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;

/**
 * A pledge as its page shows it: the text, who has answered, what the viewer may do, and the check of its integrity
 * ({@code integrity} is null while the text is not frozen), and the cluster-year it is of.
 */
public record PledgeView(
        Pledge pledge,
        String clusterName,
        List<ProgressRow> progress,
        long signed,
        long members,
        boolean overdue,
        PledgePermissions can,
        Verification integrity,
        ClusterYear clusterYear) {

    /** The year of the pledge's cluster-year. */
    public int year() {
        return clusterYear.year();
    }

    /** Whether the cluster-year is closed, and the pledge with it. */
    public boolean readOnly() {
        return clusterYear.isReadOnly();
    }

    /** Whether the stored text no longer matches what was frozen and signed: the page warns, documents are refused. */
    public boolean tampered() {
        return integrity != null && integrity.tampered();
    }

    /** Every member unit, the head last: the order per-member targets are shown in. */
    public List<ClusterYearMember> units() {
        return progress.stream().map(ProgressRow::unit).toList();
    }

    /** The standing signature of a unit of the cluster-year, if it has signed (declines and void ones are not). */
    public java.util.Optional<PledgeSignature> signatureOf(Long unitId) {
        return progress.stream()
                .filter(row -> unitId != null && row.unit().unitId() == unitId && row.signed())
                .map(ProgressRow::answer)
                .findFirst();
    }

    public List<PledgeField> fields() {
        return List.of(PledgeField.values());
    }

    /** One line of a pledge's history: a change of its status, or a unit's answer (a signature or a decline). */
    public record HistoryLine(
            java.time.Instant at,
            java.time.LocalDateTime atLocal,
            String actorName,
            String messageKey,
            Object[] arguments,
            String reason,
            boolean voided) {}

    /** The pledge's history, oldest first: its changes of status and every answer, those voided since included. */
    public List<HistoryLine> history() {
        List<HistoryLine> lines = new java.util.ArrayList<>();
        for (PledgeStatusChange change : pledge.getHistory()) {
            lines.add(new HistoryLine(
                    change.getChangedAt(),
                    change.getChangedAtLocal(),
                    change.getActorName(),
                    change.status().messageKey(),
                    new Object[0],
                    change.getReason(),
                    false));
        }
        for (PledgeSignature answer : pledge.getSignatures()) {
            String key = answer.getAnswer() == SignatureAnswer.DECLINED
                    ? "pledge.history.declined"
                    : answer.getRole() == SignatureRole.HEAD ? "pledge.history.countersigned" : "pledge.history.signed";
            lines.add(new HistoryLine(
                    answer.getAnsweredAt(),
                    answer.getAnsweredAtLocal(),
                    answer.getSignerName(),
                    key,
                    new Object[] {answer.getUnitName()},
                    answer.getDeclineReason(),
                    answer.getStatus() == SignatureStatus.VOID));
        }
        lines.sort(java.util.Comparator.comparing(HistoryLine::at));
        return lines;
    }

    /** The fields that have targets, in order: the documents number them 1, 2, 3… */
    public List<PledgeField> fieldsWithTargets() {
        return fields().stream()
                .filter(field -> !pledge.targetsOf(field).isEmpty())
                .toList();
    }
}
