package vn.thidua.award.onward;

import java.util.List;
import java.util.Optional;
import vn.thidua.award.decision.Decision;

/**
 * What the onward proposal's page shows: the province and year, the proposal (when started) with its items, the
 * province's decided awards it may still propose, the rules not met yet, the quotas, the history, the central decision,
 * and what the signed-in person may do.
 */
public record OnwardPage(
        int year,
        String organizerName,
        String recipientName,
        Optional<OnwardProposal> proposal,
        List<ItemRow> items,
        List<CandidateRow> candidates,
        List<OnwardRules.Failure> failures,
        List<QuotaRow> quotas,
        List<OnwardStatusChange> history,
        Optional<Decision> decision,
        Permissions can) {

    /** A proposed item with its type's name, its unit's name and the award it builds on. */
    public record ItemRow(OnwardItem item, String typeName, String unitName, String basis, String grantedRegister) {}

    /** A decided award of the province that a national type may build on. */
    public record CandidateRow(
            long typeId, String typeName, long basisAwardId, String unitName, String personName, String basis) {}

    /** A national type with a share of the province's cluster leaders: how many it allows and how many are proposed. */
    public record QuotaRow(String typeName, String percent, int leaders, int allowed, int proposed, String source) {}

    /** What the signed-in person may do on the page; {@code province}: they are staff of the proposing province. */
    public record Permissions(
            boolean start, boolean edit, boolean review, boolean judge, boolean decide, boolean province) {}

    public boolean started() {
        return proposal.isPresent();
    }

    public long version() {
        return proposal.map(OnwardProposal::getVersion).orElse(0L);
    }
}
