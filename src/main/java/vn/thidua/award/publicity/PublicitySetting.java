package vn.thidua.award.publicity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An organiser's choice of what its public list of awards shows beyond the decided awards. */
@Entity
@Table(name = "award_publicity")
class PublicitySetting {

    @Id
    @Column(name = "organizer_id")
    private Long organizerId;

    @Column(name = "show_pending", nullable = false)
    private boolean showPending;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected PublicitySetting() {}

    PublicitySetting(long organizerId) {
        this.organizerId = organizerId;
    }

    void change(boolean showPending, String by, Instant at) {
        this.showPending = showPending;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long getOrganizerId() {
        return organizerId;
    }

    boolean isShowPending() {
        return showPending;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
