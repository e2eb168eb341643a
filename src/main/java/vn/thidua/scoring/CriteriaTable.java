package vn.thidua.scoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A criteria table (bảng tiêu chí) of an organiser for one year, applying to one or more of its clusters. Its nodes
 * ({@link CriterionNode}) form the tree of groups and criteria. It can be edited until a scoring round uses it.
 */
@Entity
@Table(name = "criteria_table")
public class CriteriaTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organizer_id", nullable = false)
    private Long organizerId;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private String name;

    @Column(name = "total_max", nullable = false)
    private BigDecimal totalMax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriteriaTableStatus status = CriteriaTableStatus.DRAFT;

    @Column(name = "copied_from_id")
    private Long copiedFromId;

    @ElementCollection
    @CollectionTable(name = "criteria_table_cluster", joinColumns = @JoinColumn(name = "table_id"))
    private Set<AppliedCluster> clusters = new HashSet<>();

    @Version
    private long version;

    protected CriteriaTable() {}

    public CriteriaTable(long organizerId, int year, String name, BigDecimal totalMax) {
        this.organizerId = organizerId;
        describe(year, name, totalMax);
    }

    /** A new draft for {@code newYear} with this table's name and total; the caller copies the nodes. */
    public CriteriaTable copyFor(int newYear, String newName) {
        CriteriaTable copy = new CriteriaTable(organizerId, newYear, newName, totalMax);
        copy.copiedFromId = id;
        return copy;
    }

    public void describe(int newYear, String newName, BigDecimal newTotalMax) {
        requireEditable();
        if (newYear < 2000 || newYear > 2100) {
            throw new ScoringException("scoring.table.yearInvalid");
        }
        if (newName == null || newName.isBlank()) {
            throw new ScoringException("scoring.table.nameRequired");
        }
        if (newTotalMax == null || newTotalMax.signum() <= 0) {
            throw new ScoringException("scoring.table.totalInvalid");
        }
        this.year = newYear;
        this.name = newName.trim();
        this.totalMax = newTotalMax.setScale(2, RoundingMode.HALF_UP);
        clusters = new HashSet<>(clusters.stream()
                .map(c -> new AppliedCluster(c.clusterId(), newYear))
                .toList());
    }

    public void applyTo(Collection<Long> clusterIds) {
        requireEditable();
        clusters.clear();
        for (Long clusterId : new TreeSet<>(clusterIds)) {
            clusters.add(new AppliedCluster(clusterId, year));
        }
    }

    /** Locks the table: from now on its tree is what units are scored against. */
    public void putInUse() {
        if (status == CriteriaTableStatus.IN_USE) {
            return;
        }
        if (!status.canTransitionTo(CriteriaTableStatus.IN_USE)) {
            throw new ScoringException("scoring.table.locked", name);
        }
        status = CriteriaTableStatus.IN_USE;
    }

    public boolean isEditable() {
        return status == CriteriaTableStatus.DRAFT;
    }

    public void requireEditable() {
        if (!isEditable()) {
            throw new ScoringException("scoring.table.locked", name);
        }
    }

    public boolean appliesTo(long clusterId) {
        return clusters.stream().anyMatch(c -> c.clusterId() == clusterId);
    }

    public Set<Long> clusterIds() {
        Set<Long> ids = new TreeSet<>();
        clusters.forEach(c -> ids.add(c.clusterId()));
        return ids;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("name", name);
        state.put("totalMax", totalMax);
        state.put("status", status);
        state.put("clusterIds", clusterIds().toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getTotalMax() {
        return totalMax;
    }

    public CriteriaTableStatus getStatus() {
        return status;
    }

    public Long getCopiedFromId() {
        return copiedFromId;
    }

    public long getVersion() {
        return version;
    }
}
