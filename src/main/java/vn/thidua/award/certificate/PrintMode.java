package vn.thidua.award.certificate;

/** The whole certificate printed on blank paper, or only the variable texts onto pre-printed blanks (phôi). */
public enum PrintMode {
    FULL_DESIGN,
    PRE_PRINTED;

    public String messageKey() {
        return "certificate.mode." + name();
    }
}
