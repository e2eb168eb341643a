package vn.thidua.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.organization.ClusterKind;

/** An emulation cluster (cụm) or bloc (khối); its members, head and deputies are set per year in {@link ClusterTerm}. */
@Entity
@Table(name = "cluster")
public class Cluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organizer_id", nullable = false)
    private Long organizerId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClusterKind kind;

    private String description;

    @Version
    private long version;

    protected Cluster() {}

    public Cluster(Long organizerId, String code, String name, ClusterKind kind, String description) {
        this.organizerId = organizerId;
        describe(code, name, kind, description);
    }

    public void describe(String newCode, String newName, ClusterKind newKind, String newDescription) {
        this.code = newCode.trim();
        this.name = newName.trim();
        this.kind = newKind;
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.trim();
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("kind", kind);
        state.put("description", description);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ClusterKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }
}
