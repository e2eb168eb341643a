package vn.thidua.scoring;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.thidua.common.StatusChange;

@Entity
@Immutable
@Table(name = "score_sheet_history")
public class SheetStatusChange extends StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    private ScoreSheet sheet;

    protected SheetStatusChange() {}

    SheetStatusChange(ScoreSheet sheet, SheetStatus from, SheetStatus to, String actor, Instant at, String reason) {
        super(from, to, actor, at, reason);
        this.sheet = sheet;
    }

    public Long getId() {
        return id;
    }

    public String fromKey() {
        return SheetStatus.valueOf(getFromStatus()).messageKey();
    }

    public String toKey() {
        return SheetStatus.valueOf(getToStatus()).messageKey();
    }
}
