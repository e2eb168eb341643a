package vn.thidua.award.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.common.StatusChange;

/** One step in the minutes' history: drafted, signed, or the signed scan replaced. */
@Entity
@Table(name = "vote_minutes_history")
public class MinutesStatusChange extends StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "minutes_id", nullable = false, updatable = false)
    private Long minutesId;

    protected MinutesStatusChange() {}

    MinutesStatusChange(long minutesId, MinutesStatus from, MinutesStatus to, String actor, Instant at, String reason) {
        super(from, to, actor, at, reason);
        this.minutesId = minutesId;
    }

    public Long getId() {
        return id;
    }

    public long getMinutesId() {
        return minutesId;
    }
}
