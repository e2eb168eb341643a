package vn.thidua.organization.internal;

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
import jakarta.persistence.Table;
import vn.thidua.organization.MemberRole;

/** A unit's membership of one cluster-year. */
@Entity
@Table(name = "cluster_member")
public class ClusterMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    private ClusterTerm term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    protected ClusterMember() {}

    ClusterMember(ClusterTerm term, Unit unit, MemberRole role) {
        this.term = term;
        this.unit = unit;
        this.role = role;
    }

    void changeRole(MemberRole newRole) {
        this.role = newRole;
    }

    public Long getId() {
        return id;
    }

    public ClusterTerm getTerm() {
        return term;
    }

    public Unit getUnit() {
        return unit;
    }

    public MemberRole getRole() {
        return role;
    }

    public boolean isHead() {
        return role == MemberRole.HEAD;
    }

    public boolean isDeputy() {
        return role == MemberRole.DEPUTY;
    }
}
