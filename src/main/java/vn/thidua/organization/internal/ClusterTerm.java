package vn.thidua.organization.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.organization.ClusterTermStatus;
import vn.thidua.organization.MemberRole;

/**
 * A cluster in one emulation year: its members, its head (cụm trưởng) and up to two deputies (cụm phó).
 * Past years are history and are never rewritten.
 */
@Entity
@Table(name = "cluster_term")
public class ClusterTerm {

    public static final int MAX_DEPUTIES = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClusterTermStatus status = ClusterTermStatus.SET_UP;

    /** While the year is closed: the status it had, which reopening gives back. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reopens_to")
    private ClusterTermStatus reopensTo;

    @OneToMany(mappedBy = "term", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ClusterMember> members = new ArrayList<>();

    /** Next year's head as elected by this year's vote, if the vote elected one: the next year's start proposes it. */
    @Column(name = "elected_next_head_id")
    private Long electedNextHeadId;

    /** Next year's deputies as elected by this year's vote (none when it elected none). */
    @Column(name = "elected_next_deputy_ids", nullable = false)
    private Long[] electedNextDeputyIds = new Long[0];

    @Version
    private long version;

    protected ClusterTerm() {}

    public ClusterTerm(Cluster cluster, int year) {
        if (year < Organizer.FIRST_YEAR || year > Organizer.LAST_YEAR) {
            throw new OrganizationException(
                    "organization.workingYear.invalid", Organizer.FIRST_YEAR, Organizer.LAST_YEAR);
        }
        this.cluster = cluster;
        this.year = year;
    }

    public void addMember(Unit unit) {
        requireMembershipChangesAllowed();
        if (unit.isRetired()) {
            throw new OrganizationException("term.member.retired", unit.getName());
        }
        if (!unit.getOrganizerId().equals(cluster.getOrganizerId())) {
            throw new OrganizationException("unit.parent.otherOrganizer");
        }
        if (memberFor(unit.getId()).isPresent()) {
            throw new OrganizationException("term.member.duplicate", unit.getName());
        }
        members.add(new ClusterMember(this, unit, MemberRole.MEMBER));
    }

    public void removeMember(long unitId) {
        requireMembershipChangesAllowed();
        ClusterMember member = memberFor(unitId).orElseThrow(() -> new OrganizationException("term.member.notMember"));
        members.remove(member);
    }

    /**
     * Sets the head and the deputies in one step. The head must be a member; deputies are other members, at most two.
     */
    public void appointLeaders(long headUnitId, Collection<Long> deputyUnitIds) {
        requireMembershipChangesAllowed();
        Set<Long> deputies = deputyUnitIds == null
                ? Set.of()
                : deputyUnitIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (deputies.contains(headUnitId)) {
            throw new OrganizationException("term.deputy.isHead");
        }
        if (deputies.size() > MAX_DEPUTIES) {
            throw new OrganizationException("term.deputy.tooMany", MAX_DEPUTIES);
        }
        memberFor(headUnitId).orElseThrow(() -> new OrganizationException("term.head.notMember"));
        for (Long deputy : deputies) {
            memberFor(deputy).orElseThrow(() -> new OrganizationException("term.deputy.notMember"));
        }
        for (ClusterMember member : members) {
            Long unitId = member.getUnit().getId();
            member.changeRole(
                    unitId.equals(headUnitId)
                            ? MemberRole.HEAD
                            : deputies.contains(unitId) ? MemberRole.DEPUTY : MemberRole.MEMBER);
        }
    }

    /** Moves the year on to the next step of its cycle. */
    public void advanceTo(ClusterTermStatus next) {
        if (!status.canTransitionTo(next)) {
            throw new OrganizationException("term.status.invalidTransition");
        }
        this.status = next;
    }

    /**
     * Moves the year forward to {@code target}, through the steps of its cycle, taking the longest step allowed each
     * time; nothing when the year is there or further on already. A closed year does not move. Returns whether it moved.
     */
    public boolean moveOnTo(ClusterTermStatus target) {
        if (status.isReadOnly() || status.compareTo(target) >= 0) {
            return false;
        }
        while (status != target) {
            ClusterTermStatus current = status;
            ClusterTermStatus next = current.allowedNext().stream()
                    .filter(candidate -> candidate.compareTo(current) > 0 && candidate.compareTo(target) <= 0)
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new OrganizationException("term.status.invalidTransition"));
            advanceTo(next);
        }
        return true;
    }

    /** The open pledge was withdrawn: a year at its pledge step is set up again and its members may change. */
    public boolean returnToSetUp() {
        if (status != ClusterTermStatus.PLEDGE) {
            return false;
        }
        advanceTo(ClusterTermStatus.SET_UP);
        return true;
    }

    /** Closes the year (khóa sổ) once its cycle is done: from then on nothing of it changes in any feature. */
    public void close() {
        if (!status.canClose()) {
            throw new OrganizationException(status.isReadOnly() ? "term.close.already" : "term.close.notDone");
        }
        this.reopensTo = status;
        this.status = ClusterTermStatus.CLOSED;
    }

    /** Reopens a closed year at the step it was closed from. */
    public void reopen() {
        if (!status.isReadOnly()) {
            throw new OrganizationException("term.reopen.notClosed");
        }
        this.status = reopensTo == null ? ClusterTermStatus.RESULTS : reopensTo;
        this.reopensTo = null;
    }

    /**
     * Proposes who heads the next year: the head this year's vote elected, when it did; otherwise the first deputy when
     * there is one (deputies usually take over), otherwise the member after this year's head in the list, going round.
     */
    public Optional<Unit> proposedNextHead() {
        List<ClusterMember> active =
                members.stream().filter(m -> !m.getUnit().isRetired()).toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        // The head the members elected in their vote comes first, while it is still an active member.
        Optional<ClusterMember> elected = active.stream()
                .filter(m -> electedNextHeadId != null
                        && electedNextHeadId.equals(m.getUnit().getId()))
                .findFirst();
        if (elected.isPresent()) {
            return Optional.of(elected.get().getUnit());
        }
        Optional<ClusterMember> deputy =
                active.stream().filter(ClusterMember::isDeputy).findFirst();
        if (deputy.isPresent()) {
            return Optional.of(deputy.get().getUnit());
        }
        List<ClusterMember> ordered = active.stream()
                .sorted(Comparator.comparing(m -> m.getUnit().getCode()))
                .toList();
        int headIndex = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).isHead()) {
                headIndex = i;
            }
        }
        return Optional.of(ordered.get((headIndex + 1) % ordered.size()).getUnit());
    }

    /**
     * The next year of this cluster, with this year's members that are still active and no head or deputies yet:
     * the caller appoints them (usually following {@link #proposedNextHead()}). This year is left unchanged.
     */
    /** Records next year's head as elected by this year's vote. */
    void recordElectedNextHead(long unitId) {
        this.electedNextHeadId = unitId;
    }

    /** Records next year's deputies as elected by this year's vote. */
    void recordElectedNextDeputies(List<Long> unitIds) {
        this.electedNextDeputyIds = unitIds.toArray(Long[]::new);
    }

    /** Proposes next year's deputies: those this year's vote elected, while they are still active members. */
    public List<Unit> proposedNextDeputies() {
        List<Long> elected = List.of(electedNextDeputyIds);
        return members.stream()
                .map(ClusterMember::getUnit)
                .filter(unit -> !unit.isRetired() && elected.contains(unit.getId()))
                .sorted(Comparator.comparing(Unit::getCode))
                .toList();
    }

    public Long getElectedNextHeadId() {
        return electedNextHeadId;
    }

    public ClusterTerm startNextYear() {
        ClusterTerm next = new ClusterTerm(cluster, year + 1);
        for (ClusterMember member : members) {
            if (!member.getUnit().isRetired()) {
                next.members.add(new ClusterMember(next, member.getUnit(), MemberRole.MEMBER));
            }
        }
        return next;
    }

    /** Whether members, head and deputies may still change in this year's status. */
    public boolean allowsMembershipChanges() {
        return status.allowsMembershipChanges();
    }

    public boolean isReadOnly() {
        return status.isReadOnly();
    }

    /** The members for display: head first, then deputies, then the others, each by unit code. */
    public List<ClusterMember> membersByRole() {
        return members.stream()
                .sorted(Comparator.comparing(ClusterMember::getRole)
                        .thenComparing(m -> m.getUnit().getCode()))
                .toList();
    }

    public int memberCount() {
        return members.size();
    }

    public Optional<ClusterMember> memberFor(Long unitId) {
        return members.stream().filter(m -> m.getUnit().getId().equals(unitId)).findFirst();
    }

    public boolean hasMember(Long unitId) {
        return unitId != null && memberFor(unitId).isPresent();
    }

    public Optional<Unit> head() {
        return members.stream()
                .filter(ClusterMember::isHead)
                .map(ClusterMember::getUnit)
                .findFirst();
    }

    public List<Unit> deputies() {
        return members.stream()
                .filter(ClusterMember::isDeputy)
                .map(ClusterMember::getUnit)
                .toList();
    }

    public boolean isHeadedBy(Long unitId) {
        return unitId != null && head().map(h -> h.getId().equals(unitId)).orElse(false);
    }

    private void requireMembershipChangesAllowed() {
        if (status == ClusterTermStatus.PLEDGE) {
            throw new OrganizationException("term.locked.pledge");
        }
        if (status == ClusterTermStatus.PLEDGED) {
            throw new OrganizationException("term.locked.pledged");
        }
        if (!status.allowsMembershipChanges()) {
            throw new OrganizationException("term.locked");
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("status", status);
        state.put("head", head().map(Unit::getShortName).orElse(null));
        state.put("deputies", deputies().stream().map(Unit::getShortName).collect(Collectors.joining(", ")));
        state.put(
                "members", members.stream().map(m -> m.getUnit().getShortName()).collect(Collectors.joining(", ")));
        return state;
    }

    public Long getId() {
        return id;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public int getYear() {
        return year;
    }

    public ClusterTermStatus getStatus() {
        return status;
    }

    public List<ClusterMember> getMembers() {
        return List.copyOf(members);
    }

    public long getVersion() {
        return version;
    }
}
