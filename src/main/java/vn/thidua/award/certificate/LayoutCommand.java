package vn.thidua.award.certificate;

import java.math.BigDecimal;
import java.util.List;

/** A layout as entered: the paper, the mode, the place and one line per field (values may be missing or wrong). */
public record LayoutCommand(Paper paper, PrintMode mode, String place, List<Line> lines) {

    public LayoutCommand {
        lines = List.copyOf(lines);
    }

    /** One field's box as entered. */
    public record Line(
            CertificateField field,
            BigDecimal x,
            BigDecimal y,
            BigDecimal width,
            BigDecimal height,
            BigDecimal fontSize,
            boolean bold,
            Alignment align,
            boolean visible) {}
}
