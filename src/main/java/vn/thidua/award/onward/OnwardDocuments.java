package vn.thidua.award.onward;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.OfficialLetter;

/**
 * The national dossier's submission: the province's tờ trình to the central council with the list of its candidates,
 * in the official layout (Decree 30/2020), as PDF and Word; always in Vietnamese.
 */
@Service
public class OnwardDocuments {

    static final Locale VIETNAMESE = OfficialLetter.VIETNAMESE;

    private final OnwardService onward;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    OnwardDocuments(OnwardService onward, ITemplateEngine templates, MessageSource messages, Clock clock) {
        this.onward = onward;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] pdf(long id) {
        OnwardService.Dossier dossier = onward.dossier(id);
        Context context = new Context(VIETNAMESE);
        context.setVariable("dossier", dossier);
        context.setVariable("proposal", dossier.proposal());
        context.setVariable("issuer", issuer(dossier));
        context.setVariable("date", date(dossier));
        context.setVariable("paragraphs", paragraphs(dossier.proposal().getSubmissionBody()));
        return OfficialLetter.pdf(templates.process("award/onward/submission-document", context));
    }

    public byte[] docx(long id) {
        OnwardService.Dossier dossier = onward.dossier(id);
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialLetter.pageA4(doc);
            OfficialLetter.heading(doc, issuer(dossier), msg("onward.doc.nation"), msg("onward.doc.motto"));
            LocalDate date = date(dossier);
            OfficialLetter.dateLine(
                    doc,
                    msg(
                            "onward.doc.dateLine",
                            date.getDayOfMonth(),
                            date.getMonthValue(),
                            Integer.toString(date.getYear())));
            OfficialLetter.title(
                    doc,
                    msg("onward.doc.kind"),
                    msg(
                            "onward.doc.subject",
                            Integer.toString(dossier.proposal().getYear())));
            OfficialLetter.addressee(
                    doc, msg("onward.doc.to", dossier.proposal().getSubmissionRecipient()));
            for (String line : paragraphs(dossier.proposal().getSubmissionBody())) {
                OfficialLetter.body(doc, line);
            }
            OfficialLetter.sectionHeading(doc, msg("onward.doc.list"));
            OfficialLetter.numberedTable(
                    doc,
                    List.of(
                            msg("onward.doc.col.number"),
                            msg("onward.doc.col.type"),
                            msg("onward.doc.col.candidate"),
                            msg("onward.doc.col.basis"),
                            msg("onward.doc.col.summary")),
                    dossier.lines().stream()
                            .map(line -> List.of(line.typeName(), candidate(line), line.basis(), line.summary()))
                            .toList());
            XWPFParagraph signer = OfficialLetter.paragraph(doc, ParagraphAlignment.RIGHT);
            signer.setSpacingBefore(360);
            OfficialLetter.run(signer, msg("onward.doc.signer"), true, false, 14);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The candidate as the list names it: the unit, or the person, position and unit. */
    public static String candidate(OnwardService.Line line) {
        return line.individual()
                ? line.personName() + ", " + line.position() + ", " + line.unitName()
                : line.unitName();
    }

    private static String issuer(OnwardService.Dossier dossier) {
        return dossier.province().toUpperCase(VIETNAMESE);
    }

    /** The submission's date: the day it was submitted, or today for a draft. */
    private LocalDate date(OnwardService.Dossier dossier) {
        Instant at = dossier.proposal().getSubmittedAt();
        return at != null ? BusinessTime.date(at) : BusinessTime.today(clock);
    }

    static List<String> paragraphs(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
