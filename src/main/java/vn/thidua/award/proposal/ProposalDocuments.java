package vn.thidua.award.proposal;

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
 * The proposal's submission (tờ trình) in the official layout (Decree 30/2020): PDF and Word, generated from the
 * proposal's edited text and its items; always in Vietnamese.
 */
@Service
public class ProposalDocuments {

    static final Locale VIETNAMESE = ProposalService.VIETNAMESE;

    private final ProposalService proposals;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    ProposalDocuments(ProposalService proposals, ITemplateEngine templates, MessageSource messages, Clock clock) {
        this.proposals = proposals;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] pdf(long termId) {
        SubmissionView view = proposals.submission(termId);
        Context context = new Context(VIETNAMESE);
        context.setVariable("view", view);
        context.setVariable("proposal", view.proposal());
        context.setVariable("issuer", view.clusterYear().clusterName().toUpperCase(VIETNAMESE));
        context.setVariable("date", date(view));
        context.setVariable("paragraphs", paragraphs(view.proposal().getSubmissionBody()));
        return OfficialLetter.pdf(templates.process("award/proposal/submission-document", context));
    }

    public byte[] docx(long termId) {
        SubmissionView view = proposals.submission(termId);
        Proposal proposal = view.proposal();
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialLetter.pageA4(doc);
            OfficialLetter.heading(
                    doc,
                    view.clusterYear().clusterName().toUpperCase(VIETNAMESE),
                    msg("proposal.doc.nation"),
                    msg("proposal.doc.motto"));
            LocalDate date = date(view);
            OfficialLetter.dateLine(
                    doc,
                    msg(
                            "proposal.doc.dateLine",
                            date.getDayOfMonth(),
                            date.getMonthValue(),
                            Integer.toString(date.getYear())));
            OfficialLetter.title(
                    doc,
                    msg("proposal.doc.kind"),
                    msg(
                            "proposal.doc.subject",
                            Integer.toString(view.clusterYear().year())));
            OfficialLetter.addressee(doc, msg("proposal.doc.to", proposal.getSubmissionRecipient()));
            for (String line : paragraphs(proposal.getSubmissionBody())) {
                OfficialLetter.body(doc, line);
            }
            OfficialLetter.sectionHeading(doc, msg("proposal.doc.list"));
            OfficialLetter.numberedTable(
                    doc,
                    List.of(
                            msg("proposal.doc.col.number"),
                            msg("proposal.doc.col.type"),
                            msg("proposal.doc.col.candidate"),
                            msg("proposal.doc.col.summary")),
                    view.lines().stream()
                            .map(line -> List.of(line.typeName(), candidate(line), line.summary()))
                            .toList());
            XWPFParagraph signer = OfficialLetter.paragraph(doc, ParagraphAlignment.RIGHT);
            signer.setSpacingBefore(360);
            OfficialLetter.run(signer, msg("proposal.doc.signer"), true, false, 14);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The candidate as the list names it: the unit, or the person, position and unit. */
    public static String candidate(SubmissionView.Line line) {
        return line.individual()
                ? line.personName() + ", " + line.position() + ", " + line.unitName()
                : line.unitName();
    }

    /** The submission's date: the day it was submitted, or today for a draft. */
    LocalDate date(SubmissionView view) {
        Instant at = view.proposal().getSubmittedAt();
        return at != null ? BusinessTime.date(at) : BusinessTime.today(clock);
    }

    static java.util.List<String> paragraphs(String text) {
        return text == null
                ? java.util.List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
