package vn.thidua.award.certificate;

/** How a text sits in its box. */
public enum Alignment {
    LEFT,
    CENTER,
    RIGHT;

    public String messageKey() {
        return "certificate.align." + name();
    }
}
