package vn.thidua.award.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF of certificates written page by page with PDFBox: each page's content goes to a scratch file as soon as it is
 * drawn, so a decision of hundreds of awards prints in constant memory. Positions are in millimetres from the page's
 * top left corner; Liberation Serif is embedded (subset) for Vietnamese.
 */
final class CertificateDocument implements Closeable {

    static final float POINTS_PER_MM = 72f / 25.4f;
    static final float LINE_HEIGHT = 1.2f;
    static final float SHRINK_STEP = 0.5f;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Color INK = Color.BLACK;
    private static final Color RED = new Color(0xB0, 0x1C, 0x1C);
    private static final Color GOLD = new Color(0xC8, 0x9B, 0x2C);

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final FixedTexts fixed;
    private int pages;

    CertificateDocument(FixedTexts fixed) {
        this.fixed = fixed;
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try {
            this.regular = font("LiberationSerif-Regular.ttf");
            this.bold = font("LiberationSerif-Bold.ttf");
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException(e);
        }
        document.getDocumentInformation().setProducer("Thi Đua");
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = CertificateDocument.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    int pages() {
        return pages;
    }

    /** One certificate on a page of the paper: the full design around the fields, or the fields alone. */
    void certificate(List<FieldBox> boxes, Paper paper, PrintMode mode, CertificateContent content) throws IOException {
        PDPage page = page(paper);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            float scale = paper.widthMm() / 297f;
            if (content.illustrative()) {
                illustrativeMark(cs, paper, scale);
            }
            if (mode == PrintMode.FULL_DESIGN) {
                design(cs, paper, scale, content);
            }
            for (FieldBox box : boxes) {
                if (!box.isVisible()) {
                    continue;
                }
                if (box.getField() == CertificateField.QR_CODE) {
                    if (content.qrUrl() != null) {
                        qr(cs, paper, box, content.qrUrl());
                    }
                } else {
                    String text = content.texts().get(box.getField());
                    if (text != null && !text.isBlank()) {
                        textBox(
                                cs,
                                paper,
                                mm(box.getX()),
                                mm(box.getY()),
                                mm(box.getWidth()),
                                mm(box.getHeight()),
                                text,
                                box.isBold() ? bold : regular,
                                box.getFontSize().floatValue(),
                                box.getAlign(),
                                INK);
                    }
                }
            }
        }
    }

    /** A page to lay over a blank: a millimetre grid with rulers, and each field's box outlined and named. */
    void calibration(List<FieldBox> boxes, Paper paper, String heading) throws IOException {
        PDPage page = page(paper);
        float w = paper.widthMm();
        float h = paper.heightMm();
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            for (int step : new int[] {1, 5, 10}) {
                float grey = step == 1 ? 0.9f : step == 5 ? 0.75f : 0.45f;
                cs.setStrokingColor(grey, grey, grey);
                cs.setLineWidth(step == 10 ? 0.4f : 0.2f);
                for (int x = 0; x <= w; x += step) {
                    line(cs, paper, x, 0, x, h);
                }
                for (int y = 0; y <= h; y += step) {
                    line(cs, paper, 0, y, w, y);
                }
                cs.stroke();
            }
            for (int x = 10; x < w; x += 10) {
                text(cs, paper, x + 0.5f, 3.2f, Integer.toString(x), regular, 6, INK);
            }
            for (int y = 10; y < h; y += 10) {
                text(cs, paper, 0.8f, y - 0.6f, Integer.toString(y), regular, 6, INK);
            }
            text(cs, paper, 20, 8, heading, bold, 9, RED);
            cs.setStrokingColor(0f, 0.3f, 0.8f);
            cs.setLineWidth(0.8f);
            for (FieldBox box : boxes) {
                if (!box.isVisible()) {
                    continue;
                }
                float x = mm(box.getX());
                float y = mm(box.getY());
                float bw = mm(box.getWidth());
                float bh = mm(box.getHeight());
                cs.addRect(x * POINTS_PER_MM, (h - y - bh) * POINTS_PER_MM, bw * POINTS_PER_MM, bh * POINTS_PER_MM);
                cs.stroke();
                String name = fixed.fieldNames().get(box.getField());
                textBox(
                        cs,
                        paper,
                        x + 0.5f,
                        y + 0.3f,
                        Math.max(bw - 1, 1),
                        Math.min(bh, 4),
                        name,
                        regular,
                        7,
                        Alignment.LEFT,
                        new Color(0, 0x4C, 0xCC));
            }
        }
    }

    void save(OutputStream out) throws IOException {
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void closeQuietly() {
        try {
            document.close();
        } catch (IOException ignored) {
            // nothing was written
        }
    }

    private PDPage page(Paper paper) {
        PDPage page = new PDPage(new PDRectangle(paper.widthMm() * POINTS_PER_MM, paper.heightMm() * POINTS_PER_MM));
        document.addPage(page);
        pages++;
        return page;
    }

    private void design(PDPageContentStream cs, Paper paper, float s, CertificateContent content) throws IOException {
        float w = paper.widthMm();
        float h = paper.heightMm();
        cs.setStrokingColor(RED);
        cs.setLineWidth(3f * s);
        rect(cs, paper, 7 * s, 7 * s, w - 14 * s, h - 14 * s);
        cs.setStrokingColor(GOLD);
        cs.setLineWidth(1.2f * s);
        rect(cs, paper, 10 * s, 10 * s, w - 20 * s, h - 20 * s);
        textBox(cs, paper, 30 * s, 14 * s, w - 60 * s, 7 * s, fixed.nation(), bold, 13 * s, Alignment.CENTER, INK);
        textBox(cs, paper, 30 * s, 20.5f * s, w - 60 * s, 7 * s, fixed.motto(), bold, 14 * s, Alignment.CENTER, INK);
        float mottoWidth = bold.getStringWidth(safe(fixed.motto(), bold)) / 1000 * 14 * s / POINTS_PER_MM;
        cs.setStrokingColor(INK);
        cs.setLineWidth(0.6f);
        line(cs, paper, (w - mottoWidth) / 2, 27.5f * s, (w + mottoWidth) / 2, 27.5f * s);
        cs.stroke();
        textBox(
                cs,
                paper,
                30 * s,
                32 * s,
                w - 60 * s,
                9 * s,
                content.authority().toUpperCase(VIETNAMESE),
                bold,
                15 * s,
                Alignment.CENTER,
                INK);
        textBox(
                cs,
                paper,
                30 * s,
                43 * s,
                w - 60 * s,
                20 * s,
                content.awardTitle().toUpperCase(VIETNAMESE),
                bold,
                28 * s,
                Alignment.CENTER,
                RED);
        textBox(cs, paper, 30 * s, 67 * s, w - 60 * s, 8 * s, fixed.grant(), bold, 15 * s, Alignment.CENTER, INK);
    }

    private void illustrativeMark(PDPageContentStream cs, Paper paper, float s) throws IOException {
        String mark = safe(fixed.illustrative(), bold);
        float size = 64 * s;
        float width = bold.getStringWidth(mark) / 1000 * size;
        double angle = Math.toRadians(20);
        float cx = paper.widthMm() * POINTS_PER_MM / 2;
        float cy = paper.heightMm() * POINTS_PER_MM / 2;
        cs.beginText();
        cs.setFont(bold, size);
        cs.setNonStrokingColor(new Color(0xF2, 0xC4, 0xC4));
        cs.setTextMatrix(Matrix.getRotateInstance(
                angle, (float) (cx - Math.cos(angle) * width / 2), (float) (cy - Math.sin(angle) * width / 2)));
        cs.showText(mark);
        cs.endText();
    }

    private void qr(PDPageContentStream cs, Paper paper, FieldBox box, String url) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            url,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    1,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code", e);
        }
        float side = Math.min(mm(box.getWidth()), mm(box.getHeight()));
        float module = side / matrix.getWidth();
        float left = mm(box.getX()) + (mm(box.getWidth()) - side) / 2;
        float top = mm(box.getY()) + (mm(box.getHeight()) - side) / 2;
        float pageHeight = paper.heightMm();
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect(
                left * POINTS_PER_MM,
                (pageHeight - top - side) * POINTS_PER_MM,
                side * POINTS_PER_MM,
                side * POINTS_PER_MM);
        cs.fill();
        cs.setNonStrokingColor(INK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    cs.addRect(
                            (left + col * module) * POINTS_PER_MM,
                            (pageHeight - top - (row + 1) * module) * POINTS_PER_MM,
                            module * POINTS_PER_MM + 0.05f,
                            module * POINTS_PER_MM + 0.05f);
                }
            }
        }
        cs.fill();
    }

    /**
     * The text inside its box: wrapped at the box's width, the font shrunk step by step down to the smallest allowed
     * until the lines fit its height, centred vertically; what still does not fit is cut with an ellipsis, never
     * drawn outside.
     */
    void textBox(
            PDPageContentStream cs,
            Paper paper,
            float x,
            float y,
            float width,
            float height,
            String raw,
            PDFont font,
            float fontSize,
            Alignment align,
            Color colour)
            throws IOException {
        String text = safe(raw, font);
        float widthPt = width * POINTS_PER_MM;
        float heightPt = height * POINTS_PER_MM;
        float size = fontSize;
        List<String> lines = wrap(text, font, size, widthPt);
        while (lines.size() * size * LINE_HEIGHT > heightPt + 0.01f && size > CertificateLayout.FONT_MIN) {
            size = Math.max(CertificateLayout.FONT_MIN, size - SHRINK_STEP);
            lines = wrap(text, font, size, widthPt);
        }
        int fitting = Math.max(1, (int) Math.floor((heightPt + 0.01f) / (size * LINE_HEIGHT)));
        if (lines.size() > fitting) {
            List<String> cut = new ArrayList<>(lines.subList(0, fitting));
            cut.set(fitting - 1, ellipsis(cut.get(fitting - 1), font, size, widthPt));
            lines = cut;
        }
        float lineHeight = size * LINE_HEIGHT;
        float block = lines.size() * lineHeight;
        float topPt = (paper.heightMm() - y) * POINTS_PER_MM - Math.max(0, (heightPt - block) / 2);
        // Half the leading above the line, then Liberation Serif's ascent (0.891 of the size).
        float ascent = size * ((LINE_HEIGHT - 1.107f) / 2 + 0.891f);
        cs.setNonStrokingColor(colour);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            float lineWidth = font.getStringWidth(line) / 1000 * size;
            float left = x * POINTS_PER_MM
                    + switch (align) {
                        case LEFT -> 0;
                        case CENTER -> (widthPt - lineWidth) / 2;
                        case RIGHT -> widthPt - lineWidth;
                    };
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(left, topPt - i * lineHeight - ascent);
            cs.showText(line);
            cs.endText();
        }
    }

    /** The words of the text in lines no wider than the width; a word wider than a line is broken. */
    static List<String> wrap(String text, PDFont font, float size, float widthPt) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= widthPt) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > widthPt && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > widthPt) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static String ellipsis(String line, PDFont font, float size, float widthPt) throws IOException {
        String cut = line;
        while (!cut.isEmpty() && width(cut + "…", font, size) > widthPt) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with every character the font cannot draw replaced by a question mark. */
    static String safe(String text, PDFont font) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            if (c == '\n') {
                kept.append(ch);
                return;
            }
            if (Character.isISOControl(c)) {
                kept.append(' ');
                return;
            }
            try {
                font.encode(ch);
                kept.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                kept.append('?');
            }
        });
        return kept.toString();
    }

    private void text(
            PDPageContentStream cs,
            Paper paper,
            float x,
            float baselineY,
            String text,
            PDFont font,
            float size,
            Color colour)
            throws IOException {
        cs.setNonStrokingColor(colour);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x * POINTS_PER_MM, (paper.heightMm() - baselineY) * POINTS_PER_MM);
        cs.showText(safe(text, font));
        cs.endText();
    }

    private static void line(PDPageContentStream cs, Paper paper, float x1, float y1, float x2, float y2)
            throws IOException {
        cs.moveTo(x1 * POINTS_PER_MM, (paper.heightMm() - y1) * POINTS_PER_MM);
        cs.lineTo(x2 * POINTS_PER_MM, (paper.heightMm() - y2) * POINTS_PER_MM);
    }

    private static void rect(PDPageContentStream cs, Paper paper, float x, float y, float w, float h)
            throws IOException {
        cs.addRect(x * POINTS_PER_MM, (paper.heightMm() - y - h) * POINTS_PER_MM, w * POINTS_PER_MM, h * POINTS_PER_MM);
        cs.stroke();
    }

    private static float mm(java.math.BigDecimal value) {
        return value.floatValue();
    }
}
