package vn.thidua.award.minutes;

import static vn.thidua.common.OfficialLetter.VIETNAMESE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.thidua.award.vote.CandidateOutcome;
import vn.thidua.award.vote.VoteOutcome;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.OfficialLetter;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.scoring.RankedUnit;

/**
 * The minutes of the cluster's meeting (biên bản họp cụm) in the official layout of Decree 30/2020/NĐ-CP, as PDF and
 * Word: the heading with the cluster and the national motto, place and date, the title, the meeting's time and place,
 * who chaired and who kept the minutes, who was present, the ranking, the ballots, each award type's candidates with
 * their votes, share and result, next year's head and deputies, and the signatures. Always in Vietnamese.
 */
@Service
public class MinutesDocuments {

    private final MinutesService service;
    private final ITemplateEngine templates;
    private final MessageSource messages;

    MinutesDocuments(MinutesService service, ITemplateEngine templates, MessageSource messages) {
        this.service = service;
        this.templates = templates;
        this.messages = messages;
    }

    /** The minutes as PDF, to whoever may read the cluster-year, once the vote is closed and the details entered. */
    public byte[] pdf(long clusterYearId) {
        return pdf(ready(clusterYearId));
    }

    public byte[] docx(long clusterYearId) {
        return docx(ready(clusterYearId));
    }

    private MinutesView ready(long clusterYearId) {
        MinutesView view = service.view(clusterYearId);
        if (!view.voteClosed()) {
            throw new MinutesException("minutes.voteNotClosed");
        }
        if (view.minutes().isEmpty()) {
            throw new MinutesException("minutes.document.detailsFirst");
        }
        return view;
    }

    byte[] pdf(MinutesView view) {
        Context context = new Context(VIETNAMESE);
        context.setVariable("view", view);
        context.setVariable("m", view.minutes().orElseThrow());
        context.setVariable("vote", view.vote().orElseThrow());
        context.setVariable("text", new MinutesText(view));
        return OfficialLetter.pdf(templates.process("award/minutes/document", context));
    }

    byte[] docx(MinutesView view) {
        VoteMinutes m = view.minutes().orElseThrow();
        VoteOutcome vote = view.vote().orElseThrow();
        MinutesText text = new MinutesText(view);
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialLetter.pageA4(doc);
            OfficialLetter.heading(
                    doc, view.clusterYear().clusterName(), msg("minutes.doc.nation"), msg("minutes.doc.motto"));
            XWPFParagraph dateLine = OfficialLetter.paragraph(doc, ParagraphAlignment.RIGHT);
            OfficialLetter.run(dateLine, text.dateLine(), false, true, 13);
            XWPFParagraph title = OfficialLetter.paragraph(doc, ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            OfficialLetter.run(title, msg("minutes.doc.kind"), true, false, 14);
            XWPFParagraph subtitle = OfficialLetter.paragraph(doc, ParagraphAlignment.CENTER);
            OfficialLetter.run(subtitle, text.title(), true, false, 14);

            OfficialLetter.sectionHeading(doc, "I. " + msg("minutes.doc.timePlace"));
            OfficialLetter.body(doc, text.time());
            OfficialLetter.body(doc, text.place());

            OfficialLetter.sectionHeading(doc, "II. " + msg("minutes.doc.attendance"));
            OfficialLetter.body(doc, text.chair());
            OfficialLetter.body(doc, text.secretary());
            OfficialLetter.body(doc, text.presentLine());
            for (String line : text.presentNames()) {
                OfficialLetter.body(doc, "- " + line);
            }
            OfficialLetter.body(doc, text.absentLine());
            for (String line : text.absentNames()) {
                OfficialLetter.body(doc, "- " + line);
            }
            if (!m.countingTeamNames().isEmpty()) {
                OfficialLetter.body(doc, msg("minutes.doc.countingTeam"));
                for (String name : m.countingTeamNames()) {
                    OfficialLetter.body(doc, "- " + name);
                }
            }

            OfficialLetter.sectionHeading(doc, "III. " + msg("minutes.doc.content"));
            OfficialLetter.body(doc, "1. " + msg("minutes.doc.ranking"));
            if (view.ranking().isEmpty() || view.ranking().get().units().isEmpty()) {
                OfficialLetter.body(doc, msg("minutes.doc.noRanking"));
            } else {
                XWPFTable table = doc.createTable(1, 3);
                table.setWidth("100%");
                header(table.getRow(0), "minutes.doc.col.rank", "minutes.doc.col.unit", "minutes.doc.col.total");
                for (RankedUnit unit : view.ranking().get().units()) {
                    XWPFTableRow row = table.createRow();
                    OfficialLetter.cell(
                            row.getCell(0), Integer.toString(unit.rank()), false, ParagraphAlignment.CENTER);
                    OfficialLetter.cell(row.getCell(1), unit.unitName(), false, ParagraphAlignment.LEFT);
                    OfficialLetter.cell(row.getCell(2), text.total(unit), false, ParagraphAlignment.RIGHT);
                }
                widths(table, "12%", "63%", "25%");
            }
            OfficialLetter.body(doc, "2. " + msg("minutes.doc.vote"));
            OfficialLetter.body(doc, text.method());
            OfficialLetter.body(doc, text.ballots());
            int number = 3;
            for (MinutesView.TypeResult result : view.results()) {
                OfficialLetter.body(doc, number++ + ". " + text.typeHeading(result));
                OfficialLetter.body(doc, text.rule(result));
                XWPFTable table = doc.createTable(1, 5);
                table.setWidth("100%");
                header(
                        table.getRow(0),
                        "minutes.doc.col.number",
                        "minutes.doc.col.unit",
                        "minutes.doc.col.votes",
                        "minutes.doc.col.share",
                        "minutes.doc.col.result");
                int line = 0;
                for (CandidateOutcome candidate : result.candidates()) {
                    XWPFTableRow row = table.createRow();
                    OfficialLetter.cell(row.getCell(0), Integer.toString(++line), false, ParagraphAlignment.CENTER);
                    OfficialLetter.cell(
                            row.getCell(1), view.unitName(candidate.unitId()), false, ParagraphAlignment.LEFT);
                    OfficialLetter.cell(row.getCell(2), text.votes(candidate), false, ParagraphAlignment.CENTER);
                    OfficialLetter.cell(row.getCell(3), text.share(candidate), false, ParagraphAlignment.CENTER);
                    OfficialLetter.cell(row.getCell(4), text.result(candidate), false, ParagraphAlignment.CENTER);
                }
                widths(table, "8%", "46%", "16%", "13%", "17%");
            }
            OfficialLetter.body(doc, number++ + ". " + msg("minutes.doc.nextLeaders", text.nextYear()));
            OfficialLetter.body(doc, text.nextHead());
            OfficialLetter.body(doc, text.nextDeputies());
            if (m.getOtherContent() != null) {
                OfficialLetter.body(doc, number + ". " + msg("minutes.doc.other"));
                for (String paragraph : text.otherContent()) {
                    OfficialLetter.body(doc, paragraph);
                }
            }
            OfficialLetter.body(doc, msg("minutes.doc.closing"));
            signatures(doc, m);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void widths(XWPFTable table, String... widths) {
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < widths.length; i++) {
                row.getCell(i).setWidth(widths[i]);
            }
        }
    }

    private void header(XWPFTableRow row, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            OfficialLetter.cell(row.getCell(i), msg(keys[i]), true, ParagraphAlignment.CENTER);
        }
    }

    private void signatures(XWPFDocument doc, VoteMinutes m) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        block(table.getRow(0).getCell(0), "minutes.doc.secretary.sign", m.getSecretaryName());
        block(table.getRow(0).getCell(1), "minutes.doc.chair.sign", m.getChairName());
    }

    private void block(XWPFTableCell cell, String roleKey, String name) {
        XWPFParagraph role = cell.getParagraphs().get(0);
        role.setAlignment(ParagraphAlignment.CENTER);
        role.setSpacingBefore(240);
        OfficialLetter.run(role, msg(roleKey), true, false, 13);
        XWPFParagraph hint = cell.addParagraph();
        hint.setAlignment(ParagraphAlignment.CENTER);
        OfficialLetter.run(hint, msg("minutes.doc.signHint"), false, true, 13);
        XWPFParagraph signed = cell.addParagraph();
        signed.setAlignment(ParagraphAlignment.CENTER);
        signed.setSpacingBefore(1440);
        OfficialLetter.run(signed, name, true, false, 13);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    /** The sentences of the minutes, shared by the PDF's template and the Word file. */
    public final class MinutesText {

        private final MinutesView view;
        private final VoteMinutes m;
        private final VoteOutcome vote;

        MinutesText(MinutesView view) {
            this.view = view;
            this.m = view.minutes().orElseThrow();
            this.vote = view.vote().orElseThrow();
        }

        public String dateLine() {
            LocalDate date = m.getMeetingDate();
            return msg(
                    "minutes.doc.dateLine",
                    m.getPlace(),
                    date.getDayOfMonth(),
                    date.getMonthValue(),
                    Integer.toString(date.getYear()));
        }

        public String title() {
            return msg("minutes.doc.title", Integer.toString(view.clusterYear().year()));
        }

        public String time() {
            return msg(
                    "minutes.doc.time",
                    String.format("%02d", m.getMeetingTime().getHour()),
                    String.format("%02d", m.getMeetingTime().getMinute()),
                    DisplayFormat.DATE.format(m.getMeetingDate()));
        }

        public String place() {
            return msg("minutes.doc.place", m.getPlace());
        }

        public String chair() {
            return msg("minutes.doc.chair", m.getChairName(), m.getChairTitle());
        }

        public String secretary() {
            return msg("minutes.doc.secretary", m.getSecretaryName(), m.getSecretaryTitle());
        }

        public String presentLine() {
            return msg(
                    "minutes.doc.present", view.present().size(), view.members().size());
        }

        public List<String> presentNames() {
            return view.present().stream().map(ClusterYearMember::unitName).toList();
        }

        public String absentLine() {
            return view.absent().isEmpty()
                    ? msg("minutes.doc.noneAbsent")
                    : msg("minutes.doc.absent", view.absent().size());
        }

        public List<String> absentNames() {
            List<String> names = new ArrayList<>();
            for (ClusterYearMember member : view.absent()) {
                String reason = view.absenceReason(member.unitId());
                names.add(
                        reason == null
                                ? member.unitName()
                                : msg("minutes.doc.absentWithReason", member.unitName(), reason));
            }
            return names;
        }

        public String total(RankedUnit unit) {
            return unit.total() == null ? "—" : DisplayFormat.number(unit.total(), VIETNAMESE);
        }

        public String method() {
            return msg(
                    "minutes.doc.method", msg("minutes.method." + vote.method().name()));
        }

        public String ballots() {
            return msg(
                    "minutes.doc.ballots",
                    vote.ballotsIssued(),
                    vote.ballotsReturned(),
                    vote.ballotsValid(),
                    Math.max(0, vote.ballotsReturned() - vote.ballotsValid()));
        }

        public String typeHeading(MinutesView.TypeResult result) {
            return msg("minutes.doc.typeHeading", result.name());
        }

        public String rule(MinutesView.TypeResult result) {
            return msg("minutes.doc.rule", msg(result.ruleKey(), percent(result.sharePercent())));
        }

        public String votes(CandidateOutcome candidate) {
            return Integer.toString(candidate.votesFor());
        }

        public String share(CandidateOutcome candidate) {
            return percent(candidate.sharePercent()) + " %";
        }

        public String result(CandidateOutcome candidate) {
            return msg(candidate.elected() ? "minutes.doc.elected" : "minutes.doc.notElected");
        }

        public String nextYear() {
            return Integer.toString(view.clusterYear().year() + 1);
        }

        public String nextHead() {
            return msg("minutes.doc.nextHead", view.nextHeadName().orElse(msg("minutes.doc.notElectedLeader")));
        }

        public String nextDeputies() {
            List<String> names = view.nextDeputyNames();
            return msg(
                    "minutes.doc.nextDeputies",
                    names.isEmpty() ? msg("minutes.doc.notElectedLeader") : String.join("; ", names));
        }

        public List<String> otherContent() {
            return m.getOtherContent() == null
                    ? List.of()
                    : m.getOtherContent()
                            .lines()
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }

        private String percent(BigDecimal value) {
            return DisplayFormat.number(value, VIETNAMESE);
        }
    }
}
