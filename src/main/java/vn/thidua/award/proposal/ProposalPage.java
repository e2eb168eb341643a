package vn.thidua.award.proposal;

import java.util.List;
import java.util.Optional;
import vn.thidua.award.type.AwardRecipient;
import vn.thidua.organization.ClusterYear;

/**
 * A cluster-year's proposal page: the proposal (empty before it is started), its items with their reports, the other
 * documents, the types that may be proposed, the rules not met yet, its history, and what the person may do.
 */
public record ProposalPage(
        ClusterYear clusterYear,
        Optional<Proposal> proposal,
        List<ItemRow> items,
        List<DocumentInfo> documents,
        List<TypeChoice> types,
        List<ProposalRules.Failure> failures,
        List<ProposalStatusChange> history,
        boolean canEdit) {

    public ProposalPage {
        items = List.copyOf(items);
        documents = List.copyOf(documents);
        types = List.copyOf(types);
        failures = List.copyOf(failures);
        history = List.copyOf(history);
    }

    /** One proposed item with its type's and unit's names and its achievement reports. */
    public record ItemRow(
            ProposalItem item,
            String typeName,
            AwardRecipient recipient,
            String unitName,
            List<DocumentInfo> reports) {}

    /** An award type the proposal may name. */
    public record TypeChoice(long id, String name, AwardRecipient recipient) {

        public boolean individual() {
            return recipient == AwardRecipient.INDIVIDUAL;
        }
    }

    public boolean started() {
        return proposal.isPresent();
    }

    public boolean editable() {
        return canEdit && proposal.map(p -> p.getStatus().isEditable()).orElse(true);
    }

    public boolean canStart() {
        return canEdit && proposal.isEmpty();
    }

    public long version() {
        return proposal.map(Proposal::getVersion).orElse(0L);
    }

    /** The organiser's last return for correction (its comments and date), while the proposal is returned. */
    public Optional<ProposalStatusChange> lastReturn() {
        if (proposal.isEmpty() || proposal.get().getStatus() != ProposalStatus.RETURNED) {
            return Optional.empty();
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (ProposalStatus.RETURNED.name().equals(history.get(i).getToStatus())) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    public List<DocumentInfo> dossierDocuments() {
        return documents.stream().filter(d -> d.itemId() == null).toList();
    }
}
