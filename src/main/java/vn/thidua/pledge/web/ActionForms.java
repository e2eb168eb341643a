package vn.thidua.pledge.web;

/** The small forms of a pledge's page. Fields stay text so that what the user typed comes back on errors. */
final class ActionForms {

    private ActionForms() {}

    public static class OpenForm {
        private long version;
        private String deadline;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }
    }

    public static class WithdrawForm {
        private long version;
        private String reason;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public static class SignForm {
        private String textHash;
        private String password;

        public String getTextHash() {
            return textHash;
        }

        public void setTextHash(String textHash) {
            this.textHash = textHash;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    public static class DeclineForm {
        private String textHash;
        private String reason;

        public String getTextHash() {
            return textHash;
        }

        public void setTextHash(String textHash) {
            this.textHash = textHash;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
