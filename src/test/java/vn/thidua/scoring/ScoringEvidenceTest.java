package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

class ScoringEvidenceTest extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    SelfScoringService selfScoring;

    @Autowired
    EvidenceService evidenceFiles;

    ScoringFixture f;
    long sheet;

    @BeforeEach
    void setUp() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        jdbc.update(
                "update criterion_node set evidence_required = true where table_id = ? and code = 'II.2'", f.tableId);
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().plusDays(10), null, null);
        f.target("I.1", "100");
        SecurityContextHolder.clearContext();
        sheet = f.sheetOf(f.unitB);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private org.springframework.test.web.servlet.ResultActions upload(
            String user, String code, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/scoring/sheets/{id}/evidence", sheet)
                .file(new MockMultipartFile("file", name, "application/pdf", bytes))
                .param("nodeId", String.valueOf(f.nodeId(code)))
                .with(Users.as(jdbc, user))
                .with(csrf()));
    }

    private static String flashKey(org.springframework.test.web.servlet.ResultActions result) {
        return ((vn.thidua.common.Flash) result.andReturn().getFlashMap().get("flash")).key();
    }

    @Test
    void aDocumentIsAttachedAndDownloadedOnlyAsAnAttachmentByThoseWhoSeeTheSheet() throws Exception {
        upload(f.officerB, "II.2", "bao-cao-an-ninh.pdf", PDF)
                .andExpect(redirectedUrl("/scoring/sheets/" + sheet))
                .andExpect(flash().attributeExists("flash"));
        long evidence = idOf(
                "select e.id from score_evidence e join score_line l on l.id = e.line_id where l.sheet_id = ?", sheet);
        mvc.perform(get("/scoring/sheets/{id}", sheet).with(Users.as(jdbc, f.officerB)))
                .andExpect(content().string(containsString("bao-cao-an-ninh.pdf")));
        mvc.perform(get("/scoring/sheets/{id}/evidence/{e}", sheet, evidence).with(Users.as(jdbc, f.officerB)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/scoring/sheets/{id}/evidence/{e}", sheet, evidence).with(Users.as(jdbc, f.officerC)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/scoring/sheets/{id}/evidence/{e}", sheet, evidence).with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_id = ? and action = 'SCORE_EVIDENCE_ADDED'",
                        Integer.class,
                        sheet))
                .isEqualTo(1);
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() throws Exception {
        assertThat(flashKey(upload(
                        f.officerB,
                        "II.2",
                        "khong-phai-pdf.pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("scoring.evidence.typeRefused");
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4};
        assertThat(flashKey(upload(f.officerB, "II.2", "tai-lieu.zip", zip))).isEqualTo("scoring.evidence.typeRefused");
        upload(f.officerC, "II.2", "bao-cao.pdf", PDF).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_evidence e join score_line l on l.id = e.line_id where l.sheet_id = ?",
                        Integer.class,
                        sheet))
                .isZero();
        assertThat(EvidenceType.detect(zip, "ke-hoach.docx")).contains(EvidenceType.DOCX);
        assertThat(EvidenceType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "anh.txt"))
                .contains(EvidenceType.JPEG);
    }

    /** Downloaded, a PDF named .html would open in the browser, and one named .exe or .js would run. */
    @Test
    void aFileWhoseNameDoesNotEndAsItsContentIsRefused() throws Exception {
        byte[] pdfLookingPage =
                "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
        for (String name : new String[] {"bao-cao.html", "bao-cao.hta", "bao-cao.exe", "bao-cao.js", "bao-cao"}) {
            assertThat(flashKey(upload(f.officerB, "II.2", name, pdfLookingPage)))
                    .as(name)
                    .isEqualTo("scoring.evidence.nameMismatch");
        }
        assertThat(flashKey(
                        upload(f.officerB, "II.2", "anh.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})))
                .isEqualTo("scoring.evidence.nameMismatch");
        assertThat(evidenceCount()).isZero();

        upload(f.officerB, "II.2", "Bao-Cao.PDF", PDF).andExpect(redirectedUrl("/scoring/sheets/" + sheet));
        upload(f.officerB, "II.2", "anh.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})
                .andExpect(redirectedUrl("/scoring/sheets/" + sheet));
        assertThat(evidenceCount()).isEqualTo(2);
    }

    @Test
    void theMessageForAMisnamedFileSaysWhichEndingItNeeds() throws Exception {
        saveAndAttach("bien-ban.exe", PDF, "35")
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Tên tệp &quot;bien-ban.exe&quot; không khớp với nội dung của tệp: tệp này phải có đuôi .pdf.")));
        assertThat(evidenceCount()).isZero();
    }

    /** U+202E shows "anh\u202Egpj.exe" as "anhexe.jpg"; such characters are taken out of the stored name. */
    @Test
    void bidirectionalAndOtherControlCharactersAreTakenOutOfTheStoredName() throws Exception {
        upload(
                        f.officerB,
                        "II.2",
                        "bao\u202Ecao\u2066 moi\u2069\u200E\u200F\u202A\u202B\u202C\u202D\u2067\u2068\u0007\u0085.pdf",
                        PDF)
                .andExpect(redirectedUrl("/scoring/sheets/" + sheet));
        assertThat(jdbc.queryForObject(
                        "select e.file_name from score_evidence e join score_line l on l.id = e.line_id where l.sheet_id = ?",
                        String.class,
                        sheet))
                .isEqualTo("baocao moi.pdf");
        // The override would have hidden an executable: without it the name is what it is, and it is refused.
        assertThat(flashKey(upload(f.officerB, "II.2", "anh\u202Egpj.exe", PDF)))
                .isEqualTo("scoring.evidence.nameMismatch");
        assertThat(EvidenceService.safeName("C:\\tai lieu\\\u202Ebien\u0000ban\".pdf"))
                .isEqualTo("bienban.pdf");
        assertThat(EvidenceService.safeName("\u200E\u202E")).isEmpty();
    }

    @Test
    void aCriterionRequiringEvidenceIsSatisfiedByAFileAndFilesFreezeWithTheSubmission() throws Exception {
        f.as(f.officerB);
        Map<String, ScoreSheet.SelfEntry> values = new HashMap<>();
        values.put("I.1", new ScoreSheet.SelfEntry(new BigDecimal("100"), null));
        values.put("I.2", new ScoreSheet.SelfEntry(new BigDecimal("30"), null));
        values.put("II.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, null));
        values.put("II.2", new ScoreSheet.SelfEntry(new BigDecimal("20"), null));
        values.put("T.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
        values.put("TR.1", new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
        selfScoring.saveDraft(sheet, f.version(sheet), values);
        assertThatThrownBy(() -> selfScoring.submit(sheet, f.version(sheet)))
                .hasMessageContaining("scoring.submit.evidenceMissing")
                .hasMessageContaining("II.2");
        EvidenceInfo file = evidenceFiles.attachEvidence(sheet, f.nodeId("II.2"), "bien-ban.pdf", PDF);
        selfScoring.submit(sheet, f.version(sheet));
        assertThatThrownBy(() -> evidenceFiles.removeEvidence(sheet, file.id()))
                .hasMessageContaining("scoring.sheet.notDraft");
        assertThatThrownBy(() -> evidenceFiles.attachEvidence(sheet, f.nodeId("I.2"), "them.pdf", PDF))
                .hasMessageContaining("scoring.sheet.notDraft");
    }

    private org.springframework.test.web.servlet.ResultActions saveAndAttach(String name, byte[] bytes, String i2Value)
            throws Exception {
        var request = multipart("/scoring/sheets/{id}/draft-evidence", sheet)
                .param("version", String.valueOf(f.version(sheet)))
                .param("value[" + f.nodeId("I.2") + "]", i2Value)
                .param("evidenceNode", String.valueOf(f.nodeId("II.2")));
        if (name != null) {
            request.file(new MockMultipartFile("evidenceFile", name, "application/pdf", bytes));
        }
        return mvc.perform(request.with(Users.as(jdbc, f.officerB)).with(csrf()));
    }

    private int evidenceCount() {
        return jdbc.queryForObject(
                "select count(*) from score_evidence e join score_line l on l.id = e.line_id where l.sheet_id = ?",
                Integer.class,
                sheet);
    }

    private BigDecimal savedI2() {
        return jdbc.queryForObject(
                "select l.self_score from score_line l where l.sheet_id = ? and l.node_id = ?",
                BigDecimal.class,
                sheet,
                f.nodeId("I.2"));
    }

    @Test
    void attachingFromTheSheetSavesTheTypedScoresWithTheFile() throws Exception {
        saveAndAttach("bien-ban.pdf", PDF, "35,5")
                .andExpect(redirectedUrl("/scoring/sheets/" + sheet))
                .andExpect(flash().attributeExists("flash"));
        assertThat(evidenceCount()).isEqualTo(1);
        assertThat(savedI2()).isEqualByComparingTo("35.5");
    }

    @Test
    void aRefusedFileOrBadScoresSaveNothingAndTheFormComesBackWithTheInput() throws Exception {
        // A file that is not a document: the scores typed with it are not saved either, and the form keeps them.
        saveAndAttach("khong-phai-pdf.pdf", "<html></html>".getBytes(StandardCharsets.UTF_8), "35,5")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"35,5\"")))
                .andExpect(content().string(containsString("không phải PDF")));
        // A score out of bounds: the file is not attached.
        saveAndAttach("bien-ban.pdf", PDF, "41")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"41\"")))
                .andExpect(content().string(containsString("Tiêu chí I.2: điểm phải từ 0 đến 40.")));
        // No file chosen.
        saveAndAttach(null, null, "35")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn tệp minh chứng để đính kèm.")));
        assertThat(evidenceCount()).isZero();
        assertThat(savedI2()).isNull();
    }
}
