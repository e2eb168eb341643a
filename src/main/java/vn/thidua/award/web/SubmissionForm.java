package vn.thidua.award.web;

/** The editable text of the proposal's submission (tờ trình). */
public class SubmissionForm {

    private String recipient;
    private String body;
    private Long version;

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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
