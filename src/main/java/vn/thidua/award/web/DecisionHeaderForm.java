package vn.thidua.award.web;

/**
 * A decision's header as typed in a form (number, date as typed, authority, signer, subject): shared by the record
 * form, the form of a later decision that takes awards back, and the central council's decision form.
 */
public class DecisionHeaderForm {

    private String number;
    private String decidedOn;
    private String authority;
    private String signerName;
    private String signerTitle;
    private String subject;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
