package vn.thidua.award.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.award.certificate.Alignment;
import vn.thidua.award.certificate.CertificateField;
import vn.thidua.award.certificate.CertificateLayout;
import vn.thidua.award.certificate.FieldBox;
import vn.thidua.award.certificate.LayoutCommand;
import vn.thidua.award.certificate.Paper;
import vn.thidua.award.certificate.PrintMode;

/** The layout form: the paper, the mode, the place and one line of numbers per field, in the fields' order. */
public class CertificateLayoutForm {

    private Paper paper;
    private PrintMode mode;
    private String place;
    private Long version;
    private List<Line> lines = new ArrayList<>();

    public static CertificateLayoutForm of(CertificateLayout layout) {
        CertificateLayoutForm form = new CertificateLayoutForm();
        form.paper = layout.getPaper();
        form.mode = layout.getMode();
        form.place = layout.getPlace();
        form.version = layout.isSaved() ? layout.getVersion() : null;
        layout.boxesByField().values().forEach(box -> form.lines.add(Line.of(box)));
        return form;
    }

    /** Fills in the lines a tampered form left out, so that the page can still show one line per field. */
    void complete() {
        while (lines.size() < CertificateField.values().length) {
            Line line = new Line();
            line.setField(CertificateField.values()[lines.size()]);
            lines.add(line);
        }
    }

    LayoutCommand toCommand() {
        return new LayoutCommand(
                paper,
                mode,
                place,
                lines.stream()
                        .map(l -> new LayoutCommand.Line(
                                l.field, l.x, l.y, l.width, l.height, l.fontSize, l.bold, l.align, l.visible))
                        .toList());
    }

    public static class Line {
        private CertificateField field;
        private BigDecimal x;
        private BigDecimal y;
        private BigDecimal width;
        private BigDecimal height;
        private BigDecimal fontSize;
        private boolean bold;
        private Alignment align;
        private boolean visible;

        static Line of(FieldBox box) {
            Line line = new Line();
            line.field = box.getField();
            line.x = box.getX();
            line.y = box.getY();
            line.width = box.getWidth();
            line.height = box.getHeight();
            line.fontSize = box.getFontSize();
            line.bold = box.isBold();
            line.align = box.getAlign();
            line.visible = box.isVisible();
            return line;
        }

        public CertificateField getField() {
            return field;
        }

        public void setField(CertificateField field) {
            this.field = field;
        }

        public BigDecimal getX() {
            return x;
        }

        public void setX(BigDecimal x) {
            this.x = x;
        }

        public BigDecimal getY() {
            return y;
        }

        public void setY(BigDecimal y) {
            this.y = y;
        }

        public BigDecimal getWidth() {
            return width;
        }

        public void setWidth(BigDecimal width) {
            this.width = width;
        }

        public BigDecimal getHeight() {
            return height;
        }

        public void setHeight(BigDecimal height) {
            this.height = height;
        }

        public BigDecimal getFontSize() {
            return fontSize;
        }

        public void setFontSize(BigDecimal fontSize) {
            this.fontSize = fontSize;
        }

        public boolean isBold() {
            return bold;
        }

        public void setBold(boolean bold) {
            this.bold = bold;
        }

        public Alignment getAlign() {
            return align;
        }

        public void setAlign(Alignment align) {
            this.align = align;
        }

        public boolean isVisible() {
            return visible;
        }

        public void setVisible(boolean visible) {
            this.visible = visible;
        }
    }

    public Paper getPaper() {
        return paper;
    }

    public void setPaper(Paper paper) {
        this.paper = paper;
    }

    public PrintMode getMode() {
        return mode;
    }

    public void setMode(PrintMode mode) {
        this.mode = mode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }
}
