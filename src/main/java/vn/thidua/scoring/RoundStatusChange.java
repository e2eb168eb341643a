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
@Table(name = "scoring_round_history")
public class RoundStatusChange extends StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private ScoringRound round;

    protected RoundStatusChange() {}

    RoundStatusChange(ScoringRound round, RoundStatus from, RoundStatus to, String actor, Instant at, String reason) {
        super(from, to, actor, at, reason);
        this.round = round;
    }

    public Long getId() {
        return id;
    }

    public String fromKey() {
        return RoundStatus.valueOf(getFromStatus()).messageKey();
    }

    public String toKey() {
        return RoundStatus.valueOf(getToStatus()).messageKey();
    }
}
