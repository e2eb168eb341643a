package vn.thidua.award.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** Where one field is printed: its box in millimetres from the page's top left corner, and how its text looks. */
@Embeddable
public class FieldBox {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateField field;

    @Column(name = "x_mm", nullable = false)
    private BigDecimal x;

    @Column(name = "y_mm", nullable = false)
    private BigDecimal y;

    @Column(name = "width_mm", nullable = false)
    private BigDecimal width;

    @Column(name = "height_mm", nullable = false)
    private BigDecimal height;

    @Column(name = "font_pt", nullable = false)
    private BigDecimal fontSize;

    @Column(nullable = false)
    private boolean bold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Alignment align;

    @Column(nullable = false)
    private boolean visible;

    protected FieldBox() {}

    public FieldBox(
            CertificateField field,
            BigDecimal x,
            BigDecimal y,
            BigDecimal width,
            BigDecimal height,
            BigDecimal fontSize,
            boolean bold,
            Alignment align,
            boolean visible) {
        this.field = field;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.fontSize = fontSize;
        this.bold = bold;
        this.align = align;
        this.visible = visible;
    }

    public static FieldBox of(
            CertificateField field, double x, double y, double w, double h, double pt, boolean bold, Alignment align) {
        return new FieldBox(
                field,
                BigDecimal.valueOf(x),
                BigDecimal.valueOf(y),
                BigDecimal.valueOf(w),
                BigDecimal.valueOf(h),
                BigDecimal.valueOf(pt),
                bold,
                align,
                true);
    }

    /** The same box on a paper {@code factor} times as large (A4 to A3 and back). */
    FieldBox scaled(double factor) {
        return new FieldBox(
                field,
                scale(x, factor),
                scale(y, factor),
                scale(width, factor),
                scale(height, factor),
                scale(fontSize, factor)
                        .min(BigDecimal.valueOf(CertificateLayout.FONT_MAX))
                        .max(BigDecimal.valueOf(CertificateLayout.FONT_MIN)),
                bold,
                align,
                visible);
    }

    private static BigDecimal scale(BigDecimal value, double factor) {
        return BigDecimal.valueOf(value.doubleValue() * factor).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    public CertificateField getField() {
        return field;
    }

    public BigDecimal getX() {
        return x;
    }

    public BigDecimal getY() {
        return y;
    }

    public BigDecimal getWidth() {
        return width;
    }

    public BigDecimal getHeight() {
        return height;
    }

    public BigDecimal getFontSize() {
        return fontSize;
    }

    public boolean isBold() {
        return bold;
    }

    public Alignment getAlign() {
        return align;
    }

    public boolean isVisible() {
        return visible;
    }

    @Override
    public String toString() {
        return field + " " + x + "," + y + " " + width + "×" + height + " " + fontSize + "pt" + (bold ? " bold" : "")
                + " " + align + (visible ? "" : " hidden");
    }
}
