package vn.thidua.award.type;

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

/**
 * One prerequisite of an award type: registered for it this year; ranked first in the cluster; awarded or proposed
 * another type ({@code otherTypeId}) this year; or awarded another type for {@code years} consecutive years.
 */
@Entity
@Table(name = "award_prerequisite")
public class Prerequisite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_type_id")
    private AwardType awardType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PrerequisiteKind kind;

    @Column(name = "other_type_id")
    private Long otherTypeId;

    private Integer years;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Prerequisite() {}

    Prerequisite(AwardType awardType, PrerequisiteKind kind, Long otherTypeId, Integer years, int sortOrder) {
        this.awardType = awardType;
        this.kind = kind;
        this.otherTypeId = otherTypeId;
        this.years = years;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public PrerequisiteKind getKind() {
        return kind;
    }

    public Long getOtherTypeId() {
        return otherTypeId;
    }

    public Integer getYears() {
        return years;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
