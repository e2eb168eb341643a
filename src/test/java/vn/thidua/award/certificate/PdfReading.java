package vn.thidua.award.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a certificate PDF back: its text with positions in millimetres, and its QR code. */
final class PdfReading {

    static final float MM = 72f / 25.4f;

    private PdfReading() {}

    /** A glyph drawn: its text, left edge, baseline (from the top) and top, in mm, and its font size in pt. */
    record Glyph(String text, float x, float right, float baseline, float top, float size) {}

    static List<Glyph> glyphs(PDDocument pdf, int page) throws IOException {
        List<Glyph> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    all.add(new Glyph(
                            p.getUnicode(),
                            p.getXDirAdj() / MM,
                            (p.getXDirAdj() + p.getWidthDirAdj()) / MM,
                            p.getYDirAdj() / MM,
                            (p.getYDirAdj() - p.getFontSizeInPt() * 0.75f) / MM,
                            p.getFontSizeInPt()));
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(pdf);
        return all;
    }

    static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(pdf);
    }

    /** The glyphs of the first line holding the text (matched on consecutive glyphs). */
    static List<Glyph> find(List<Glyph> glyphs, String text) {
        StringBuilder joined = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            for (char c : glyphs.get(i).text().toCharArray()) {
                joined.append(c);
                owner.add(i);
            }
        }
        int at = joined.indexOf(text);
        if (at < 0) {
            return List.of();
        }
        return glyphs.subList(owner.get(at), owner.get(at + text.length() - 1) + 1);
    }

    static String qr(PDDocument pdf, int page) throws Exception {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 200);
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
