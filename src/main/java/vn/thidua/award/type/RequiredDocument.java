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

/** A document that a proposal's dossier must hold for an award type: once, or once per proposed item. */
@Entity
@Table(name = "award_required_document")
public class RequiredDocument {

    public static final int NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_type_id")
    private AwardType awardType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "per_item", nullable = false)
    private boolean perItem;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected RequiredDocument() {}

    RequiredDocument(AwardType awardType, DocumentKind kind, String name, boolean perItem, int sortOrder) {
        this.awardType = awardType;
        this.kind = kind;
        this.name = name;
        this.perItem = perItem;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public boolean isPerItem() {
        return perItem;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
