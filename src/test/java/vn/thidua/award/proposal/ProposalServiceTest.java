package vn.thidua.award.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.support.IntegrationTest;

/**
 * The proposal from draft to submission on a cluster-year of its own: the rules refuse what breaks them, submitting
 * freezes the proposal (in the service and in the database), moves the year on and tells the organiser.
 */
class ProposalServiceTest extends IntegrationTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalDocuments documents;

    ProposalFixture f;
    long flag;

    @BeforeEach
    void setUp() {
        f = ProposalFixture.create(jdbc);
        flag = f.type("FLAG", "COLLECTIVE", 1, null);
        f.requiredDocument(flag, "MINUTES", "Biên bản họp cụm", false);
        f.requiredDocument(flag, "ACHIEVEMENT_REPORT", "Báo cáo thành tích", true);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();
    }

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Báo cáo thành tích");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A draft with the flag for unit A, its report and the minutes. */
    private long readyDraft() throws Exception {
        f.as(f.headUser);
        proposals.start(f.termId);
        ProposalItem item =
                proposals.addItem(f.termId, f.version(), new ItemCommand(flag, f.unitA, null, "Dẫn đầu cụm năm 2021"));
        proposals.attach(
                f.termId,
                f.version(),
                ProposalDocumentKind.ACHIEVEMENT_REPORT,
                item.getId(),
                null,
                "bao-cao.docx",
                docx());
        proposals.attach(f.termId, f.version(), ProposalDocumentKind.MINUTES, null, null, "bien-ban.pdf", pdf());
        return item.getId();
    }

    @Test
    void theHeadDraftsAndSubmitsAndTheYearMovesOnAndTheOrganiserIsTold() throws Exception {
        readyDraft();
        f.closedVote(f.termId, flag, List.of(f.unitA), List.of(f.unitB));
        assertThat(proposals.page(f.termId).failures()).isEmpty();
        long before = idOf(
                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'admin'");
        long reviewerBefore = idOf(
                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'thamdinh'");
        proposals.submit(f.termId, f.version());

        assertThat(jdbc.queryForObject("select status from award_proposal where term_id = ?", String.class, f.termId))
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select status from cluster_term where id = ?", String.class, f.termId))
                .isEqualTo("PROPOSAL");
        assertThat(jdbc.queryForList(
                        "select to_status from award_proposal_status_change where proposal_id = ? order by id",
                        String.class,
                        f.proposalId()))
                .containsExactly("DRAFT", "SUBMITTED");
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'AwardProposal' and entity_id = ? order by id",
                        String.class,
                        f.proposalId()))
                .contains("PROPOSAL_DRAFTED", "PROPOSAL_ITEM_ADDED", "PROPOSAL_DOCUMENT_ADDED", "PROPOSAL_SUBMITTED");
        assertThat(
                        idOf(
                                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'admin'"))
                .isGreaterThan(before);
        assertThat(
                        idOf(
                                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'thamdinh'"))
                .isGreaterThan(reviewerBefore);
    }

    @Test
    void nothingIsSubmittedWhileARuleFailsAndEveryFailureIsGiven() throws Exception {
        f.as(f.headUser);
        proposals.start(f.termId);
        proposals.addItem(f.termId, f.version(), new ItemCommand(flag, f.unitA, null, "Dẫn đầu"));
        proposals.addItem(f.termId, f.version(), new ItemCommand(flag, f.unitB, null, "Thứ hai"));
        // No closed vote yet.
        assertThatThrownBy(() -> proposals.submit(f.termId, f.version()))
                .isInstanceOfSatisfying(
                        ProposalService.ProposalRefused.class,
                        refused -> assertThat(refused.failures().stream().map(ProposalRules.Failure::key))
                                .contains(
                                        "proposal.rule.noVote",
                                        "proposal.rule.maxPerClusterYear",
                                        "proposal.rule.documentProposal",
                                        "proposal.rule.documentItem"));
        f.closedVote(f.termId, flag, List.of(f.unitA), List.of(f.unitB));
        assertThatThrownBy(() -> proposals.submit(f.termId, f.version()))
                .isInstanceOfSatisfying(
                        ProposalService.ProposalRefused.class,
                        refused -> assertThat(refused.failures()).anySatisfy(failure -> {
                            assertThat(failure.key()).isEqualTo("proposal.rule.voteShare");
                            assertThat(failure.args()).contains("Quy chế " + f.tag + "FLAG");
                        }));
        assertThat(jdbc.queryForObject("select status from award_proposal where term_id = ?", String.class, f.termId))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select status from cluster_term where id = ?", String.class, f.termId))
                .isEqualTo("VOTE");
    }

    @Test
    void theRulesReadRegistrationsRankingAndOtherProposalsOfTheYear() throws Exception {
        long gov = f.type("GOV", "COLLECTIVE", null, null);
        f.prerequisite(gov, "REGISTERED", null, null);
        f.prerequisite(gov, "OTHER_AWARD_THIS_YEAR", flag, null);
        f.prerequisite(gov, "RANKED_FIRST", null, null);
        f.as(f.headUser);
        proposals.start(f.termId);
        proposals.addItem(f.termId, f.version(), new ItemCommand(gov, f.unitB, null, "Xuất sắc"));
        f.closedVote(f.termId, gov, List.of(f.unitB), List.of());
        List<String> keys = proposals.page(f.termId).failures().stream()
                .map(ProposalRules.Failure::key)
                .toList();
        assertThat(keys)
                .contains("proposal.rule.registered", "proposal.rule.otherAwardThisYear", "proposal.rule.rankedFirst");
        f.register(f.unitB, gov);
        // Proposed for the flag in the same proposal is not holding it: only an award decided counts.
        proposals.addItem(f.termId, f.version(), new ItemCommand(flag, f.unitB, null, "Dẫn đầu"));
        assertThat(proposals.page(f.termId).failures().stream().map(ProposalRules.Failure::key))
                .contains("proposal.rule.otherAwardThisYear");
        DecisionFixture.record(jdbc, f.organizer, 2021).grant(flag, f.unitB, "Dẫn đầu cụm năm 2021");
        keys = proposals.page(f.termId).failures().stream()
                .map(ProposalRules.Failure::key)
                .toList();
        assertThat(keys).doesNotContain("proposal.rule.registered", "proposal.rule.otherAwardThisYear");
        assertThat(keys).contains("proposal.rule.rankedFirst");
    }

    @Test
    void consecutiveYearsReadTheAwardsDecidedOfTheUnitAndOfTheUnitsMergedIntoItNotRevokedOnes() throws Exception {
        long merit = f.type("MERIT", "COLLECTIVE", null, null);
        long gov = f.type("GOVMERIT", "COLLECTIVE", null, null);
        f.prerequisite(gov, "CONSECUTIVE_YEARS", merit, 2);
        f.as(f.headUser);
        proposals.start(f.termId);
        proposals.addItem(f.termId, f.version(), new ItemCommand(gov, f.unitB, null, "Hai năm liền"));
        assertThat(keysOf()).contains("proposal.rule.consecutiveYears");
        // 2020 to unit B itself, then 2019 to a unit merged into unit B: met; revoked: not met; granted again: met.
        DecisionFixture.record(jdbc, f.organizer, 2020).grant(merit, f.unitB, "Năm 2020");
        long merged = jdbc.queryForObject(
                "insert into unit (organizer_id, code, name, short_name, level, retired_on, successor_id) "
                        + "values (?, ?, ?, ?, 'COMMUNE', date '2020-01-01', ?) returning id",
                Long.class,
                f.organizer,
                f.tag + "-CU",
                "Xã cũ " + f.tag,
                "Xã cũ " + f.tag,
                f.unitB);
        assertThat(keysOf()).contains("proposal.rule.consecutiveYears");
        long revoked = DecisionFixture.record(jdbc, f.organizer, 2019).grant(merit, merged, "Năm 2019");
        assertThat(keysOf()).doesNotContain("proposal.rule.consecutiveYears");
        DecisionFixture.revoke(jdbc, revoked, "Thu hồi");
        assertThat(keysOf()).contains("proposal.rule.consecutiveYears");
        DecisionFixture.record(jdbc, f.organizer, 2019).grant(merit, merged, "Năm 2019, quyết định khác");
        assertThat(keysOf()).doesNotContain("proposal.rule.consecutiveYears");
    }

    @Test
    void aPersonsPrerequisiteReadsThatPersonsAwardsByNameWithoutAccentsOrCase() throws Exception {
        long merit = f.type("CNMERIT", "INDIVIDUAL", null, null);
        long gov = f.type("CNGOV", "INDIVIDUAL", null, null);
        f.prerequisite(gov, "OTHER_AWARD_THIS_YEAR", merit, null);
        f.as(f.headUser);
        proposals.start(f.termId);
        proposals.addItem(
                f.termId,
                f.version(),
                new ItemCommand(
                        gov,
                        f.unitB,
                        new ProposalItem.Person("Nguyễn Văn Ân", "Chủ tịch", Gender.MALE, null),
                        "Cá nhân tiêu biểu"));
        DecisionFixture d = DecisionFixture.record(jdbc, f.organizer, 2021);
        d.grant(merit, f.unitB, null, null, "Tập thể");
        d.grant(merit, f.unitB, "Nguyễn Văn Bình", "Chủ tịch", "Người khác");
        d.grant(merit, f.unitC, "Nguyễn Văn Ân", "Chủ tịch", "Đơn vị khác");
        assertThat(keysOf()).contains("proposal.rule.otherAwardThisYear");
        d.grant(merit, f.unitB, "nguyen  van an", "Chủ tịch", "Cùng người");
        assertThat(keysOf()).doesNotContain("proposal.rule.otherAwardThisYear");
    }

    private List<String> keysOf() {
        return proposals.page(f.termId).failures().stream()
                .map(ProposalRules.Failure::key)
                .toList();
    }

    @Test
    void aSubmittedProposalIsReadOnlyInTheServiceAndInTheDatabase() throws Exception {
        long item = readyDraft();
        f.closedVote(f.termId, flag, List.of(f.unitA), List.of());
        proposals.submit(f.termId, f.version());
        long version = f.version();
        assertThatThrownBy(() -> proposals.addItem(f.termId, version, new ItemCommand(flag, f.unitB, null, "Thêm")))
                .isInstanceOf(ProposalException.class)
                .hasMessageContaining("proposal.error.submitted");
        assertThatThrownBy(() -> proposals.saveSubmission(f.termId, version, "Ai đó", "Nội dung"))
                .isInstanceOf(ProposalException.class);
        assertThatThrownBy(() -> proposals.removeItem(f.termId, item, version)).isInstanceOf(ProposalException.class);
        assertThatThrownBy(() -> proposals.editItem(f.termId, item, version, null, "Sửa sau khi trình"))
                .isInstanceOf(ProposalException.class);
        long proposal = f.proposalId();
        assertThatThrownBy(() -> jdbc.update("update award_proposal_item set summary = 'sửa lén' where id = ?", item))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("submitted");
        assertThatThrownBy(() -> jdbc.update("delete from award_proposal_document where proposal_id = ?", proposal))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "insert into award_proposal_item (proposal_id, award_type_id, unit_id, summary, created_at) values (?, ?, ?, 'x', now())",
                        proposal,
                        flag,
                        f.unitB))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() ->
                        jdbc.update("update award_proposal set submission_body = 'sửa lén' where id = ?", proposal))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from award_proposal where id = ?", proposal))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update award_proposal_status_change set actor = 'x' where proposal_id = ?", proposal))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aReturnedProposalCanBeCorrectedAndSubmittedAgain() throws Exception {
        readyDraft();
        f.closedVote(f.termId, flag, List.of(f.unitA), List.of());
        proposals.submit(f.termId, f.version());
        // The organiser's review (a later step) returns it.
        jdbc.update("update award_proposal set status = 'RETURNED' where term_id = ?", f.termId);
        proposals.saveSubmission(f.termId, f.version(), "Hội đồng", "Nội dung đã bổ sung");
        proposals.submit(f.termId, f.version());
        assertThat(jdbc.queryForObject("select status from award_proposal where term_id = ?", String.class, f.termId))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void onlyTheHeadOrAnAdministratorDrafts() {
        f.as(f.memberUser);
        assertThatThrownBy(() -> proposals.start(f.termId)).isInstanceOf(AccessDeniedException.class);
        f.as(f.otherClusterUser);
        assertThatThrownBy(() -> proposals.start(f.termId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.page(f.termId)).isInstanceOf(AccessDeniedException.class);
        f.as("kiengiang");
        assertThatThrownBy(() -> proposals.start(f.termId)).isInstanceOf(AccessDeniedException.class);
        f.as("thamdinh");
        assertThatThrownBy(() -> proposals.start(f.termId)).isInstanceOf(AccessDeniedException.class);
        assertThat(proposals.page(f.termId).canEdit()).isFalse();
        f.as("admin");
        proposals.start(f.termId);
        assertThat(f.proposalId()).isPositive();
    }

    @Test
    void aClosedYearIsReadOnly() {
        f.as(f.headUser);
        proposals.start(f.termId);
        jdbc.update("update cluster_term set status = 'CLOSED', reopens_to = 'VOTE' where id = ?", f.termId);
        f.as("admin");
        assertThatThrownBy(() -> proposals.addItem(f.termId, f.version(), new ItemCommand(flag, f.unitA, null, "x")))
                .isInstanceOf(ProposalException.class)
                .hasMessageContaining("proposal.error.closedYear");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into award_proposal_item (proposal_id, award_type_id, unit_id, summary, created_at) values (?, ?, ?, 'x', now())",
                        f.proposalId(),
                        flag,
                        f.unitB))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void anIndividualNeedsItsPersonAndUploadsAreCheckedByContent() throws Exception {
        long merit = f.type("CN", "INDIVIDUAL", null, null);
        f.as(f.headUser);
        proposals.start(f.termId);
        assertThatThrownBy(() -> proposals.addItem(f.termId, f.version(), new ItemCommand(merit, f.unitB, null, "x")))
                .hasMessageContaining("proposal.item.personRequired");
        ProposalItem item = proposals.addItem(
                f.termId,
                f.version(),
                new ItemCommand(
                        merit,
                        f.unitB,
                        new ProposalItem.Person("Nguyễn Văn An", "Chủ tịch", Gender.MALE, null),
                        "Hoàn thành xuất sắc"));
        assertThat(item.isIndividual()).isTrue();
        assertThatThrownBy(() -> proposals.attach(
                        f.termId,
                        f.version(),
                        ProposalDocumentKind.ACHIEVEMENT_REPORT,
                        item.getId(),
                        null,
                        "bao-cao.pdf",
                        "<html>not a pdf</html>".getBytes()))
                .hasMessageContaining("proposal.file.typeRefused");
        assertThatThrownBy(() -> proposals.attach(
                        f.termId,
                        f.version(),
                        ProposalDocumentKind.ACHIEVEMENT_REPORT,
                        item.getId(),
                        null,
                        "bao-cao.pdf",
                        new byte[ProposalDocument.MAX_BYTES + 1]))
                .hasMessageContaining("proposal.file.tooLarge");
        // A PDF named .exe is stored under a name that says what it is.
        DocumentInfo stored = proposals.attach(
                f.termId,
                f.version(),
                ProposalDocumentKind.ACHIEVEMENT_REPORT,
                item.getId(),
                null,
                "bao-cao.exe",
                pdf());
        assertThat(stored.fileName()).isEqualTo("bao-cao.exe.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void theSubmissionReadsBackAsPdfAndWordInTheOfficialLayout() throws Exception {
        long merit = f.type("CN", "INDIVIDUAL", null, null);
        f.as(f.headUser);
        proposals.start(f.termId);
        proposals.saveSubmission(
                f.termId,
                f.version(),
                "Chủ tịch Ủy ban nhân dân tỉnh An Giang",
                "Cụm kính đề nghị khen thưởng.\nDòng thứ hai của tờ trình.");
        proposals.addItem(f.termId, f.version(), new ItemCommand(flag, f.unitA, null, "Dẫn đầu cụm"));
        proposals.addItem(
                f.termId,
                f.version(),
                new ItemCommand(
                        merit,
                        f.unitB,
                        new ProposalItem.Person("Trần Thị Bình", "Phó Chủ tịch", Gender.FEMALE, null),
                        "Xuất sắc"));

        byte[] pdf = documents.pdf(f.termId);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỜ TRÌNH")
                    .contains("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh An Giang")
                    .contains("Dòng thứ hai của tờ trình.")
                    .contains("Hình thức " + f.tag + "FLAG", "Trần Thị Bình, Phó Chủ tịch");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
            var font = doc.getPage(0)
                    .getResources()
                    .getFont(doc.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.getName()).contains("LiberationSerif");
        }
        byte[] word = documents.docx(f.termId);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text)
                    .contains(
                            "TỜ TRÌNH",
                            "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh An Giang",
                            "Trần Thị Bình, Phó Chủ tịch");
            assertThat(doc.getParagraphs().stream()
                            .flatMap(p -> p.getRuns().stream())
                            .map(r -> r.getFontFamily())
                            .distinct())
                    .containsOnly("Times New Roman");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString())
                    .isEqualTo("11906");
        }
    }
}
