package vn.thidua.award.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.OfficialLetter;
import vn.thidua.common.TextInput;

/**
 * A decision in the official layout (Decree 30/2020) as Word: the draft of a decision being recorded, from the items
 * chosen in the form, and a recorded decision. Always in Vietnamese.
 */
@Service
public class DecisionDocuments {

    static final Locale VIETNAMESE = DecisionService.VIETNAMESE;

    private final DecisionService decisions;
    private final MessageSource messages;

    DecisionDocuments(DecisionService decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    /** The draft of the decision being recorded: what is typed so far, and the chosen items. Administrators only. */
    public byte[] draft(DecisionCommand command, long organizerId) {
        List<DecisionDocumentLine> lines = decisions.draftLines(command);
        LocalDate date;
        try {
            date = command.decidedOn() == null || command.decidedOn().length() > 20
                    ? null
                    : DisplayFormat.parseDate(command.decidedOn());
        } catch (DateTimeParseException e) {
            date = null;
        }
        String authority = plain(command.authority(), Decision.AUTHORITY_MAX);
        if (authority.isEmpty()) {
            authority = decisions.defaultAuthority(decisions.organizerName(organizerId));
        }
        return docx(
                authority,
                plain(command.number(), Decision.NUMBER_MAX),
                date,
                plain(command.subject(), Decision.SUBJECT_MAX),
                plain(command.signerTitle(), Decision.SIGNER_TITLE_MAX),
                plain(command.signerName(), Decision.SIGNER_NAME_MAX),
                lines);
    }

    /** A recorded decision, for whoever may read it. */
    public byte[] recorded(long decisionId) {
        Decision d = decisions.readable(decisionId);
        return docx(
                d.getAuthority(),
                d.getNumber(),
                d.getDecidedOn(),
                d.getSubject(),
                d.getSignerTitle(),
                d.getSignerName(),
                decisions.lines(d));
    }

    private byte[] docx(
            String authority,
            String number,
            LocalDate date,
            String subject,
            String signerTitle,
            String signerName,
            List<DecisionDocumentLine> lines) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialLetter.pageA4(doc);
            OfficialLetter.heading(doc, authority, msg("decision.doc.nation"), msg("decision.doc.motto"));
            XWPFParagraph numberLine = OfficialLetter.paragraph(doc, ParagraphAlignment.LEFT);
            OfficialLetter.run(
                    numberLine,
                    msg("decision.doc.number", number.isEmpty() ? msg("decision.doc.numberBlank") : number),
                    false,
                    false,
                    13);
            XWPFParagraph dateLine = OfficialLetter.paragraph(doc, ParagraphAlignment.RIGHT);
            OfficialLetter.run(
                    dateLine,
                    date == null
                            ? msg("decision.doc.dateBlank")
                            : msg(
                                    "decision.doc.dateLine",
                                    String.format("%02d", date.getDayOfMonth()),
                                    String.format("%02d", date.getMonthValue()),
                                    Integer.toString(date.getYear())),
                    false,
                    true,
                    13);
            XWPFParagraph title = OfficialLetter.paragraph(doc, ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            OfficialLetter.run(title, msg("decision.doc.kind"), true, false, 14);
            XWPFParagraph subtitle = OfficialLetter.paragraph(doc, ParagraphAlignment.CENTER);
            OfficialLetter.run(subtitle, subject, true, false, 14);
            XWPFParagraph issuer = OfficialLetter.paragraph(doc, ParagraphAlignment.CENTER);
            issuer.setSpacingBefore(240);
            OfficialLetter.run(
                    issuer,
                    (signerTitle.isEmpty() ? "" : signerTitle + " ").toUpperCase(VIETNAMESE)
                            + authority.toUpperCase(VIETNAMESE),
                    true,
                    false,
                    14);
            for (String basis : msg("decision.doc.bases").split("\\|")) {
                XWPFParagraph p = OfficialLetter.paragraph(doc, ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(567);
                OfficialLetter.run(p, basis, false, true, 14);
            }
            XWPFParagraph decides = OfficialLetter.paragraph(doc, ParagraphAlignment.CENTER);
            decides.setSpacingBefore(160);
            OfficialLetter.run(decides, msg("decision.doc.decides"), true, false, 14);
            XWPFParagraph article1 = OfficialLetter.paragraph(doc, ParagraphAlignment.BOTH);
            article1.setIndentationFirstLine(567);
            OfficialLetter.run(article1, msg("decision.doc.article1.label"), true, false, 14);
            OfficialLetter.run(article1, " " + msg("decision.doc.article1"), false, false, 14);
            OfficialLetter.numberedTable(
                    doc,
                    List.of(
                            msg("decision.doc.col.number"),
                            msg("decision.doc.col.recipient"),
                            msg("decision.doc.col.award"),
                            msg("decision.doc.col.achievement")),
                    lines.stream()
                            .map(line -> List.of(line.recipient(), line.typeName(), line.achievement()))
                            .toList());
            XWPFParagraph article2 = OfficialLetter.paragraph(doc, ParagraphAlignment.BOTH);
            article2.setSpacingBefore(160);
            article2.setIndentationFirstLine(567);
            OfficialLetter.run(article2, msg("decision.doc.article2.label"), true, false, 14);
            OfficialLetter.run(article2, " " + msg("decision.doc.article2"), false, false, 14);
            XWPFParagraph article3 = OfficialLetter.paragraph(doc, ParagraphAlignment.BOTH);
            article3.setIndentationFirstLine(567);
            OfficialLetter.run(article3, msg("decision.doc.article3.label"), true, false, 14);
            OfficialLetter.run(article3, " " + msg("decision.doc.article3"), false, false, 14);
            XWPFParagraph signer = OfficialLetter.paragraph(doc, ParagraphAlignment.RIGHT);
            signer.setSpacingBefore(360);
            OfficialLetter.run(
                    signer,
                    (signerTitle.isEmpty() ? msg("decision.doc.signerBlank") : signerTitle).toUpperCase(VIETNAMESE),
                    true,
                    false,
                    14);
            XWPFParagraph name = OfficialLetter.paragraph(doc, ParagraphAlignment.RIGHT);
            name.setSpacingBefore(1200);
            OfficialLetter.run(name, signerName, true, false, 14);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A typed text as the draft may print it: stripped, plain, within its length; empty otherwise. */
    private static String plain(String text, int max) {
        if (text == null || TextInput.problem(text, max, true) != null) {
            return "";
        }
        return text.strip();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
