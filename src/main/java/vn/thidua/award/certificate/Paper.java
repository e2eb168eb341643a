package vn.thidua.award.certificate;

/** The paper a certificate is printed on, always landscape. */
public enum Paper {
    A4(297, 210),
    A3(420, 297);

    private final int widthMm;
    private final int heightMm;

    Paper(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    public String messageKey() {
        return "certificate.paper." + name();
    }
}
