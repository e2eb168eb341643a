package vn.thidua.organization.internal;

import java.util.List;
import java.util.Optional;

/** A cluster as the list shows it: with its term of the working year, if that year is set up. */
public record ClusterOverview(Cluster cluster, ClusterTerm term) {

    public Optional<Unit> head() {
        return term == null ? Optional.empty() : term.head();
    }

    public List<Unit> deputies() {
        return term == null ? List.of() : term.deputies();
    }

    public int memberCount() {
        return term == null ? 0 : term.memberCount();
    }
}
