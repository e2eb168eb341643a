package vn.thidua.award.web;

/** The forms of the onward proposal's page, as typed: bound, checked and shown again with their errors. */
final class OnwardForms {

    private OnwardForms() {}

    /** The submission's addressee and text. */
    public static class Submission {
        private Long version;
        private String recipient;
        private String body;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getRecipient() {
            return recipient;
        }

        public void setRecipient(String recipient) {
            this.recipient = recipient;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    /** An item's summary (the province), or an item's outcome and reason (the council). */
    public static class Item {
        private Long version;
        private String summary;
        private String outcome;
        private String reason;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The council's comments when it returns the proposal. */
    public static class Return {
        private Long version;
        private String comment;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    /** The central decision as it stands on paper. */
    public static class Decision extends DecisionHeaderForm {
        private Long version;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }
}
