package vn.thidua.organization;

import java.util.List;
import java.util.Optional;

/** A cluster-year with its members (head first, then deputies, then members by name). */
public record ClusterYear(ClusterYearSummary summary, List<ClusterYearMember> members) {

    public ClusterYear {
        members = List.copyOf(members);
    }

    public long id() {
        return summary.id();
    }

    public long organizerId() {
        return summary.organizerId();
    }

    public int year() {
        return summary.year();
    }

    public ClusterTermStatus status() {
        return summary.status();
    }

    public String clusterName() {
        return summary.clusterName();
    }

    public boolean isReadOnly() {
        return summary.isReadOnly();
    }

    public Optional<ClusterYearMember> head() {
        return members.stream().filter(ClusterYearMember::isHead).findFirst();
    }

    public List<ClusterYearMember> deputies() {
        return members.stream().filter(ClusterYearMember::isDeputy).toList();
    }

    public Optional<ClusterYearMember> member(long unitId) {
        return members.stream().filter(m -> m.unitId() == unitId).findFirst();
    }

    public boolean hasMember(long unitId) {
        return member(unitId).isPresent();
    }

    public boolean isHeadedBy(long unitId) {
        return head().map(h -> h.unitId() == unitId).orElse(false);
    }
}
