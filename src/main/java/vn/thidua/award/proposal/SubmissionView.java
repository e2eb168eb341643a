package vn.thidua.award.proposal;

import java.util.Comparator;
import java.util.List;
import vn.thidua.organization.ClusterYear;

/** What the submission (tờ trình) is generated from: the cluster-year, the proposal and its items by type. */
public record SubmissionView(ClusterYear clusterYear, Proposal proposal, List<Line> lines) {

    public SubmissionView {
        lines = lines.stream()
                .sorted(Comparator.comparingInt(Line::typeOrder).thenComparing(Line::typeName))
                .toList();
    }

    /** One proposed item as the submission's list shows it. */
    public record Line(
            String typeName, int typeOrder, String unitName, String personName, String position, String summary) {

        public boolean individual() {
            return personName != null;
        }
    }
}
