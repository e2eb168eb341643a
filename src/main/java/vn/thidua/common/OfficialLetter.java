package vn.thidua.common;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The layout every official document of the application shares (Decree 30/2020/NĐ-CP): A4 with its margins,
 * Times New Roman in Word and the metric-compatible Liberation Serif embedded in the PDF, the heading with the issuing
 * body on the left and the national motto on the right, and the paragraphs, runs and table cells of the body.
 */
public final class OfficialLetter {

    /** Official documents are in Vietnamese whatever language the page is shown in. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public static final String FONT_FAMILY = "Liberation Serif";
    public static final String WORD_FONT = "Times New Roman";

    private OfficialLetter() {}

    /** An XHTML page laid out for print (its own {@code @page} rule) as PDF, with Liberation Serif embedded. */
    public static byte[] pdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "LiberationSerif-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSerif-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "LiberationSerif-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "LiberationSerif-BoldItalic.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(html, null);
            builder.withProducer("Thi Đua");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(
                () -> {
                    InputStream in = OfficialLetter.class.getResourceAsStream("/fonts/" + file);
                    if (in == null) {
                        throw new IllegalStateException("missing font " + file);
                    }
                    return in;
                },
                FONT_FAMILY,
                weight,
                style,
                true);
    }

    /** A4 portrait with the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm). */
    public static void pageA4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }

    /** The heading: the issuing body (upper case) on the left, the nation and its motto on the right. */
    public static void heading(XWPFDocument doc, String issuer, String nation, String motto) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell issuerCell = table.getRow(0).getCell(0);
        issuerCell.setWidth("40%");
        XWPFParagraph left = issuerCell.getParagraphs().get(0);
        left.setAlignment(ParagraphAlignment.CENTER);
        run(left, issuer.toUpperCase(VIETNAMESE), true, false, 13);
        XWPFParagraph leftRule = issuerCell.addParagraph();
        leftRule.setAlignment(ParagraphAlignment.CENTER);
        run(leftRule, "―――――", false, false, 10);
        XWPFTableCell mottoCell = table.getRow(0).getCell(1);
        mottoCell.setWidth("60%");
        XWPFParagraph right = mottoCell.getParagraphs().get(0);
        right.setAlignment(ParagraphAlignment.CENTER);
        run(right, nation, true, false, 13);
        XWPFParagraph second = mottoCell.addParagraph();
        second.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun mottoRun = run(second, motto, true, false, 14);
        mottoRun.setUnderline(UnderlinePatterns.SINGLE);
    }

    public static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(80);
        return paragraph;
    }

    /** A justified body paragraph, its first line indented, in 14 pt. */
    public static void body(XWPFDocument doc, String text) {
        XWPFParagraph paragraph = paragraph(doc, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        run(paragraph, text, false, false, 14);
    }

    public static void sectionHeading(XWPFDocument doc, String text) {
        XWPFParagraph paragraph = paragraph(doc, ParagraphAlignment.LEFT);
        paragraph.setSpacingBefore(160);
        run(paragraph, text, true, false, 14);
    }

    public static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold, false, 12);
    }

    public static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(WORD_FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    /**
     * The list of an official document: a table whose first column numbers the rows (its header, e.g. "TT", first
     * in {@code headers}), headed in bold and centred, its last column (the achievement or summary) justified, the
     * others left-aligned. Each row gives the values of the columns after the number.
     */
    public static XWPFTable numberedTable(XWPFDocument doc, List<String> headers, List<List<String>> rows) {
        XWPFTable table = doc.createTable(1, headers.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        for (int c = 0; c < headers.size(); c++) {
            cell(header.getCell(c), headers.get(c), true, ParagraphAlignment.CENTER);
        }
        int number = 0;
        for (List<String> values : rows) {
            number++;
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), Integer.toString(number), false, ParagraphAlignment.CENTER);
            for (int c = 0; c < values.size(); c++) {
                ParagraphAlignment alignment =
                        c == values.size() - 1 ? ParagraphAlignment.BOTH : ParagraphAlignment.LEFT;
                cell(row.getCell(c + 1), values.get(c), false, alignment);
            }
        }
        return table;
    }

    /** The place-and-date line under the heading, right-aligned and in italics. */
    public static void dateLine(XWPFDocument doc, String text) {
        run(paragraph(doc, ParagraphAlignment.RIGHT), text, false, true, 13);
    }

    /** The document's kind (TỜ TRÌNH, QUYẾT ĐỊNH) and its subject under it, centred and bold. */
    public static void title(XWPFDocument doc, String kind, String subject) {
        XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
        title.setSpacingBefore(240);
        run(title, kind, true, false, 14);
        run(paragraph(doc, ParagraphAlignment.CENTER), subject, true, false, 14);
    }

    /** The addressee line (Kính gửi: …), centred. */
    public static void addressee(XWPFDocument doc, String text) {
        XWPFParagraph to = paragraph(doc, ParagraphAlignment.CENTER);
        to.setSpacingBefore(160);
        run(to, text, false, false, 14);
    }
}
