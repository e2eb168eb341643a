package vn.thidua.award.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;
import vn.thidua.common.DisplayFormat;

/** The vote's forms: what people type, kept as typed so that nothing is lost when a field is refused. */
final class VoteForms {

    static final int TIME_MAX = 16;

    private VoteForms() {}

    /** A moment typed as dd/MM/yyyy HH:mm (Vietnam time); a refusal beside the field when it is not one. */
    static LocalDateTime moment(Errors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "vote.form.timeRequired");
            return null;
        }
        if (text.length() > TIME_MAX) {
            errors.rejectValue(field, "vote.form.timeFormat");
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), DisplayFormat.DATE_TIME);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "vote.form.timeFormat");
            return null;
        }
    }

    public static class PrepareForm {
        private List<Long> typeIds = new ArrayList<>();
        private String opens;
        private String closes;
        private boolean nextHead;
        private Integer deputySeats = 0;

        public List<Long> getTypeIds() {
            return typeIds;
        }

        public void setTypeIds(List<Long> typeIds) {
            this.typeIds = typeIds == null ? new ArrayList<>() : typeIds;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }

        public boolean isNextHead() {
            return nextHead;
        }

        public void setNextHead(boolean nextHead) {
            this.nextHead = nextHead;
        }

        public Integer getDeputySeats() {
            return deputySeats;
        }

        public void setDeputySeats(Integer deputySeats) {
            this.deputySeats = deputySeats;
        }
    }

    public static class ScheduleForm {
        private Long version;
        private String opens;
        private String closes;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    public static class CandidateForm {
        private Long questionId;
        private Long unitId;
        private String reason;

        public Long getQuestionId() {
            return questionId;
        }

        public void setQuestionId(Long questionId) {
            this.questionId = questionId;
        }

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public static class CloseForm {
        private Long version;
        private String reason;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public static class PaperForm {
        private Integer issued;
        private Integer returned;
        private Integer valid;

        public Integer getIssued() {
            return issued;
        }

        public void setIssued(Integer issued) {
            this.issued = issued;
        }

        public Integer getReturned() {
            return returned;
        }

        public void setReturned(Integer returned) {
            this.returned = returned;
        }

        public Integer getValid() {
            return valid;
        }

        public void setValid(Integer valid) {
            this.valid = valid;
        }
    }
}
