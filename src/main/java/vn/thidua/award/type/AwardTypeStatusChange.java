package vn.thidua.award.type;

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

/** One change of an award type's status: created active, deactivated, reactivated. */
@Entity
@Immutable
@Table(name = "award_type_history")
public class AwardTypeStatusChange extends StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_type_id")
    private AwardType awardType;

    protected AwardTypeStatusChange() {}

    AwardTypeStatusChange(
            AwardType awardType, AwardTypeStatus from, AwardTypeStatus to, String actor, Instant at, String reason) {
        super(from, to, actor, at, reason);
        this.awardType = awardType;
    }

    public Long getId() {
        return id;
    }

    public String toKey() {
        return AwardTypeStatus.valueOf(getToStatus()).messageKey();
    }
}
