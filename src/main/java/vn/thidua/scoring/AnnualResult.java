package vn.thidua.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a unit achieved for one target (chỉ tiêu) of its cluster-year's completed pledge: a figure, a note, or both.
 * Entered by the unit's officers while its score sheet is a draft; who may change it and when is checked by
 * {@link AnnualResultService} against the sheet.
 */
@Entity
@Table(name = "annual_result")
public class AnnualResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_id", nullable = false, updatable = false)
    private Long termId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "pledge_target_id", nullable = false, updatable = false)
    private Long pledgeTargetId;

    private BigDecimal value;

    private String note;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AnnualResult() {}

    AnnualResult(long termId, long unitId, long pledgeTargetId) {
        this.termId = termId;
        this.unitId = unitId;
        this.pledgeTargetId = pledgeTargetId;
    }

    /** Records the figure and note; returns whether anything changed. */
    boolean record(BigDecimal newValue, String newNote, String actor, Instant now) {
        BigDecimal scaled =
                newValue == null ? null : newValue.setScale(ResultRules.SCALE, java.math.RoundingMode.UNNECESSARY);
        String cleaned = newNote == null || newNote.isBlank() ? null : newNote.strip();
        if (cleaned != null && cleaned.length() > NOTE_MAX) {
            throw new ScoringException("scoring.results.noteTooLong", NOTE_MAX);
        }
        boolean sameValue = value == null ? scaled == null : scaled != null && value.compareTo(scaled) == 0;
        if (sameValue && Objects.equals(note, cleaned)) {
            return false;
        }
        this.value = scaled;
        this.note = cleaned;
        this.updatedBy = actor;
        this.updatedAt = now;
        return true;
    }

    static final int NOTE_MAX = 2000;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("value", value == null ? null : value.stripTrailingZeros().toPlainString());
        state.put("note", note);
        return state;
    }

    public boolean isEmpty() {
        return value == null && note == null;
    }

    public Long getId() {
        return id;
    }

    public Long getTermId() {
        return termId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getPledgeTargetId() {
        return pledgeTargetId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
