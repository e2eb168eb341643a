package vn.thidua.pledge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.OfficialDocuments;
import vn.thidua.common.SpreadsheetLayout;

/**
 * The documents of a completed pledge, laid out as a Vietnamese administrative document (A4, national motto,
 * place and date, title, body, signature table, verification QR code): PDF with an embedded Liberation Serif
 * (metric-compatible with Times New Roman) and Word. Also the province's list of a year's pledges as Excel.
 */
@Service
public class PledgeDocuments {

    /** Official documents are in Vietnamese whatever language the page is shown in. */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PledgeService pledges;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    PledgeDocuments(PledgeService pledges, ITemplateEngine templates, MessageSource messages, Clock clock) {
        this.pledges = pledges;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    /** The QR code (PNG) of a pledge's verification link, for any pledge the user may read. */
    public byte[] qrCode(long id, String verifyUrlPrefix) {
        PledgeView view = pledges.view(id);
        return QrCodes.png(verifyUrlPrefix + view.pledge().getVerifyCode(), 240);
    }

    public byte[] pdf(long id, String verifyUrlPrefix) {
        PledgeView view = pledges.completed(id);
        String verifyUrl = verifyUrlPrefix + view.pledge().getVerifyCode();
        Context context = new Context(VIETNAMESE);
        context.setVariable("view", view);
        context.setVariable("pledge", view.pledge());
        context.setVariable("verifyUrl", verifyUrl);
        context.setVariable("qr", QrCodes.pngDataUri(verifyUrl, 240));
        context.setVariable("date", documentDate(view.pledge()));
        context.setVariable("dateTime", DisplayFormat.DATE_TIME);
        String html = templates.process("pledge/document", context);
        return OfficialDocuments.pdf(html);
    }

    public byte[] docx(long id, String verifyUrlPrefix) {
        PledgeView view = pledges.completed(id);
        Pledge pledge = view.pledge();
        String verifyUrl = verifyUrlPrefix + pledge.getVerifyCode();
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageA4(doc);
            heading(doc, view);
            LocalDate date = documentDate(pledge);
            XWPFParagraph dateLine = paragraph(doc, ParagraphAlignment.RIGHT);
            String place = pledge.getSigningPlace() == null ? "" : pledge.getSigningPlace() + ", ";
            run(
                    dateLine,
                    place
                            + msg(
                                    "pledge.doc.dateLine",
                                    date.getDayOfMonth(),
                                    date.getMonthValue(),
                                    Integer.toString(date.getYear())),
                    false,
                    true,
                    13);

            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            run(title, msg("pledge.doc.kind"), true, false, 14);
            XWPFParagraph subtitle = paragraph(doc, ParagraphAlignment.CENTER);
            run(subtitle, pledge.getTitle(), true, false, 14);

            for (String line : PledgeText.paragraphs(pledge.getPreamble())) {
                body(doc, line);
            }
            int section = 1;
            if (!PledgeText.paragraphs(pledge.getGoals()).isEmpty()) {
                sectionHeading(doc, PledgeText.roman(section++) + ". " + msg("pledge.doc.goals"));
                for (String line : PledgeText.paragraphs(pledge.getGoals())) {
                    body(doc, line);
                }
            }
            sectionHeading(doc, PledgeText.roman(section++) + ". " + msg("pledge.doc.targets"));
            int fieldNumber = 0;
            for (PledgeField field : view.fieldsWithTargets()) {
                List<PledgeTarget> targets = pledge.targetsOf(field);
                fieldNumber++;
                XWPFParagraph fieldHeading = paragraph(doc, ParagraphAlignment.BOTH);
                run(fieldHeading, fieldNumber + ". " + msg(field.messageKey()), true, false, 13);
                targetTable(doc, view, targets);
            }
            if (!PledgeText.paragraphs(pledge.getCommitments()).isEmpty()) {
                sectionHeading(doc, PledgeText.roman(section) + ". " + msg("pledge.doc.commitments"));
                for (String line : PledgeText.paragraphs(pledge.getCommitments())) {
                    body(doc, line);
                }
            }
            signatureTable(doc, pledge);
            verification(doc, pledge, verifyUrl);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private void heading(XWPFDocument doc, PledgeView view) {
        OfficialDocuments.heading(
                doc, view.clusterName().toUpperCase(VIETNAMESE), msg("pledge.doc.nation"), msg("pledge.doc.motto"));
    }

    private void targetTable(XWPFDocument doc, PledgeView view, List<PledgeTarget> targets) {
        XWPFTable table = doc.createTable(1, 4);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        cell(header.getCell(0), msg("pledge.doc.col.number"), true, ParagraphAlignment.CENTER);
        cell(header.getCell(1), msg("pledge.doc.col.target"), true, ParagraphAlignment.CENTER);
        cell(header.getCell(2), msg("pledge.doc.col.unit"), true, ParagraphAlignment.CENTER);
        cell(header.getCell(3), msg("pledge.doc.col.value"), true, ParagraphAlignment.CENTER);
        int number = 0;
        for (PledgeTarget target : targets) {
            number++;
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), Integer.toString(number), false, ParagraphAlignment.CENTER);
            cell(row.getCell(1), target.getName(), false, ParagraphAlignment.LEFT);
            cell(
                    row.getCell(2),
                    target.getUnitOfMeasure() == null ? "" : target.getUnitOfMeasure(),
                    false,
                    ParagraphAlignment.CENTER);
            String value;
            if (target.isPerMember()) {
                StringBuilder perMember = new StringBuilder();
                for (ProgressRow member : view.progress()) {
                    String own = target.displayValueFor(member.unit().getId());
                    if (!own.isEmpty()) {
                        if (!perMember.isEmpty()) {
                            perMember.append("; ");
                        }
                        perMember
                                .append(member.unit().getShortName())
                                .append(": ")
                                .append(own);
                    }
                }
                value = perMember.toString();
            } else {
                value = target.getDisplayValue();
            }
            cell(row.getCell(3), value, false, ParagraphAlignment.CENTER);
        }
    }

    private void signatureTable(XWPFDocument doc, Pledge pledge) {
        XWPFParagraph heading = paragraph(doc, ParagraphAlignment.CENTER);
        heading.setSpacingBefore(240);
        run(heading, msg("pledge.doc.signatures"), true, false, 13);
        XWPFTable table = doc.createTable(1, 5);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        cell(header.getCell(0), msg("pledge.doc.col.number"), true, ParagraphAlignment.CENTER);
        cell(header.getCell(1), msg("pledge.doc.col.signUnit"), true, ParagraphAlignment.CENTER);
        cell(header.getCell(2), msg("pledge.doc.col.role"), true, ParagraphAlignment.CENTER);
        cell(header.getCell(3), msg("pledge.doc.col.signer"), true, ParagraphAlignment.CENTER);
        cell(header.getCell(4), msg("pledge.doc.col.signedAt"), true, ParagraphAlignment.CENTER);
        int number = 0;
        for (PledgeSignature signature : pledge.validSignatures()) {
            number++;
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), Integer.toString(number), false, ParagraphAlignment.CENTER);
            cell(row.getCell(1), signature.getUnitName(), false, ParagraphAlignment.LEFT);
            cell(row.getCell(2), msg(signature.getRole().messageKey()), false, ParagraphAlignment.CENTER);
            cell(row.getCell(3), signature.getSignerName(), false, ParagraphAlignment.LEFT);
            cell(
                    row.getCell(4),
                    DisplayFormat.DATE_TIME.format(signature.getAnsweredAtLocal()),
                    false,
                    ParagraphAlignment.CENTER);
        }
    }

    private void verification(XWPFDocument doc, Pledge pledge, String verifyUrl)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XWPFParagraph qr = paragraph(doc, ParagraphAlignment.LEFT);
        qr.setSpacingBefore(240);
        XWPFRun image = qr.createRun();
        image.addPicture(
                new ByteArrayInputStream(QrCodes.png(verifyUrl, 240)),
                Document.PICTURE_TYPE_PNG,
                "qr.png",
                Units.toEMU(85),
                Units.toEMU(85));
        XWPFParagraph link = paragraph(doc, ParagraphAlignment.LEFT);
        run(link, msg("pledge.doc.verifyAt", verifyUrl), false, true, 11);
        XWPFParagraph hash = paragraph(doc, ParagraphAlignment.LEFT);
        run(hash, msg("pledge.doc.hash", pledge.getTextHash()), false, true, 9);
    }

    private static void pageA4(XWPFDocument doc) {
        OfficialDocuments.pageA4(doc);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        return OfficialDocuments.paragraph(doc, alignment);
    }

    private static void body(XWPFDocument doc, String text) {
        OfficialDocuments.body(doc, text);
    }

    private static void sectionHeading(XWPFDocument doc, String text) {
        XWPFParagraph paragraph = paragraph(doc, ParagraphAlignment.LEFT);
        paragraph.setSpacingBefore(160);
        run(paragraph, text, true, false, 14);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        OfficialDocuments.cell(cell, text, bold, alignment);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        return OfficialDocuments.run(paragraph, text, bold, italic, size);
    }

    /** The date a completed pledge carries: the day the head countersigned it. */
    static LocalDate documentDate(Pledge pledge) {
        return BusinessTime.date(pledge.getCompletedAt() != null ? pledge.getCompletedAt() : pledge.getOpenedAt());
    }

    /** The province's pledges of a year, as an Excel sheet in the viewer's language. */
    public byte[] overviewXlsx(int year, Locale locale) {
        List<PledgeOverviewRow> rows = pledges.overviewForExport(year);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(
                    messages.getMessage("pledge.export.sheet", new Object[] {Integer.toString(year)}, locale));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] headers = {
                "pledge.export.col.code",
                "pledge.export.col.cluster",
                "pledge.export.col.year",
                "pledge.export.col.termStatus",
                "pledge.export.col.status",
                "pledge.export.col.deadline",
                "pledge.export.col.signed",
                "pledge.export.col.members",
                "pledge.export.col.declined",
                "pledge.export.col.completedAt"
            };
            int first = SpreadsheetLayout.titleBlock(
                    sheet,
                    headers.length,
                    messages.getMessage("pledge.export.title", new Object[] {Integer.toString(year)}, locale),
                    List.of(messages.getMessage(
                            "pledge.export.exportedAt",
                            new Object[] {
                                DisplayFormat.DATE_TIME.format(clock.instant().atZone(BusinessTime.ZONE))
                            },
                            locale)));
            Row header = sheet.createRow(first);
            for (int i = 0; i < headers.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(messages.getMessage(headers[i], null, locale));
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, first + 1);
            int r = first + 1;
            for (PledgeOverviewRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.clusterCode());
                line.createCell(1).setCellValue(row.clusterName());
                line.createCell(2).setCellValue(year);
                line.createCell(3)
                        .setCellValue(messages.getMessage(row.termStatus().messageKey(), null, locale));
                line.createCell(4).setCellValue(messages.getMessage(row.statusKey(), null, locale));
                if (row.deadline() != null) {
                    Cell deadline = line.createCell(5);
                    deadline.setCellValue(row.deadline());
                    deadline.setCellStyle(dateStyle);
                }
                line.createCell(6).setCellValue(row.signed());
                line.createCell(7).setCellValue(row.members());
                line.createCell(8).setCellValue(row.declined());
                if (row.completedAt() != null) {
                    line.createCell(9).setCellValue(DisplayFormat.DATE.format(row.completedAtLocal()));
                }
            }
            SpreadsheetLayout.widths(sheet, 12, 40, 8, 22, 22, 12, 14, 14, 14, 16);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
