package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * A sheet is seen as it stands by the same people on its page, in its export, in its evidence and in the round's
 * export of all sheets: a unit's draft by the unit and the organiser's staff only.
 */
class SheetVisibilityTest extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    RoundService roundService;

    @Autowired
    SelfScoringService selfScoring;

    @Autowired
    EvidenceService evidenceFiles;

    @Autowired
    ReviewService reviews;

    ScoringFixture f;
    String draftNote;
    String submittedNote;

    @BeforeEach
    void setUp() {
        f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        f.as("admin");
        roundOpening.open(
                f.termId, LocalDate.now().plusDays(30), LocalDate.now().plusDays(60), null);
        f.target("I.1", "100");
        draftNote = "Số liệu nháp chưa nộp " + f.tag;
        submittedNote = "Số liệu đã nộp " + f.tag;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Map<String, ScoreSheet.SelfEntry> complete(String figure, String note) {
        Map<String, ScoreSheet.SelfEntry> entries = new LinkedHashMap<>();
        entries.put("I.1", new ScoreSheet.SelfEntry(new BigDecimal(figure), note));
        entries.put("I.2", new ScoreSheet.SelfEntry(new BigDecimal("35"), note));
        entries.put("II.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, note));
        entries.put("II.2", new ScoreSheet.SelfEntry(new BigDecimal("25"), note));
        entries.put("T.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, note));
        entries.put("TR.1", new ScoreSheet.SelfEntry(BigDecimal.ONE, note));
        return entries;
    }

    private void draft(String officer, long unit, String figure, String note) {
        f.as(officer);
        long sheet = f.sheetOf(unit);
        selfScoring.saveDraft(sheet, f.version(sheet), complete(figure, note));
        SecurityContextHolder.clearContext();
    }

    private void submit(String officer, long unit, String figure, String note) {
        f.as(officer);
        long sheet = f.sheetOf(unit);
        selfScoring.saveAndSubmit(sheet, f.version(sheet), complete(figure, note));
        SecurityContextHolder.clearContext();
    }

    private int status(String url, String user) throws Exception {
        return mvc.perform(get(url).with(Users.as(jdbc, user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private String page(String url, String user) throws Exception {
        var response =
                mvc.perform(get(url).with(Users.as(jdbc, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url + " for " + user).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Every cell of the first sheet of the round's export of all sheets, one row a line, as this user gets it. */
    private List<String> allSheets(String user) throws Exception {
        var response = mvc.perform(
                        get("/scoring/rounds/{id}/sheets.xlsx", f.roundId()).with(Users.as(jdbc, user)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("all sheets for " + user).isEqualTo(200);
        DataFormatter formatter = new DataFormatter();
        List<String> rows = new java.util.ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (Row row : book.getSheetAt(0)) {
                StringBuilder line = new StringBuilder();
                for (Cell cell : row) {
                    line.append(formatter.formatCellValue(cell)).append('|');
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }

    @Test
    void aDraftIsSeenOnItsPageInItsExportsAndItsEvidenceByTheSamePeopleOnly() throws Exception {
        draft(f.officerB, f.unitB, "900", draftNote);
        f.as(f.officerB);
        long draftSheet = f.sheetOf(f.unitB);
        long evidence = evidenceFiles
                .attachEvidence(draftSheet, f.nodeId("II.2"), "so-lieu.pdf", PDF)
                .id();
        SecurityContextHolder.clearContext();
        submit(f.officerC, f.unitC, "120", submittedNote);

        // the unit itself, another member, the cluster's head, the organiser's staff, another organiser's administrator
        String[] users = {f.officerB, f.officerC, f.headUser, "admin", "thamdinh", "kiengiang"};
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String user : users) {
            expected.put(user, user.equals(f.officerB) || user.equals("admin") || user.equals("thamdinh") ? 200 : 404);
        }
        for (String url : new String[] {
            "/scoring/sheets/" + draftSheet,
            "/scoring/sheets/" + draftSheet + "/export.xlsx",
            "/scoring/sheets/" + draftSheet + "/evidence/" + evidence
        }) {
            Map<String, Integer> actual = new LinkedHashMap<>();
            for (String user : users) {
                actual.put(user, status(url, user));
            }
            assertThat(actual).as(url).isEqualTo(expected);
        }

        for (String user : new String[] {f.officerB, f.officerC, f.headUser, "admin", "thamdinh"}) {
            String rows = String.join("\n", allSheets(user));
            assertThat(rows.contains(draftNote))
                    .as("the draft's notes in the export of all sheets for " + user)
                    .isEqualTo(expected.get(user) == 200);
        }
        assertThat(status("/scoring/rounds/" + f.roundId() + "/sheets.xlsx", "kiengiang"))
                .isEqualTo(404);

        // The head gets the submitted sheet in full, and the draft as its unit and "not submitted", without values.
        List<String> head = allSheets(f.headUser);
        assertThat(String.join("\n", head)).contains(submittedNote);
        assertThat(head)
                .filteredOn(row -> row.startsWith(f.tag + "B|"))
                .singleElement()
                .isEqualTo(f.tag + "B|" + f.unitName("B") + "|Chưa nộp|");
    }

    @Test
    void onceTheRoundIsFinalOtherMembersSeeTheSubmittedSheetsButNoDraft() throws Exception {
        draft(f.officerB, f.unitB, "900", draftNote);
        submit(f.officerC, f.unitC, "120", submittedNote);
        f.as("admin");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.REVIEW, null);
        f.as(f.headUser);
        long submitted = f.sheetOf(f.unitC);
        reviews.review(submitted, f.version(submitted), Map.of());
        reviews.finalise(submitted, f.version(submitted), Map.of());
        f.as("admin");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.FINALISED, null);
        SecurityContextHolder.clearContext();
        long draftSheet = f.sheetOf(f.unitB);

        assertThat(status("/scoring/sheets/" + submitted, f.officerB)).isEqualTo(200);
        assertThat(status("/scoring/sheets/" + draftSheet, f.officerC)).isEqualTo(404);
        assertThat(status("/scoring/sheets/" + draftSheet + "/export.xlsx", f.officerC))
                .isEqualTo(404);
        assertThat(status("/scoring/sheets/" + draftSheet, f.officerB)).isEqualTo(200);
        assertThat(String.join("\n", allSheets(f.officerC)))
                .contains(submittedNote)
                .doesNotContain(draftNote);
        assertThat(String.join("\n", allSheets(f.officerB))).contains(submittedNote, draftNote);
        assertThat(page("/scoring/rounds/" + f.roundId(), f.officerC))
                .doesNotContain("/scoring/sheets/" + draftSheet + "\"");
    }

    @Test
    void theClustersBestComesFromSubmittedSheetsOnlyOnThePageAndAtClosing() throws Exception {
        submit(f.headUser, f.unitA, "150", submittedNote);
        draft(f.officerB, f.unitB, "900", draftNote);
        long sheetC = f.sheetOf(f.unitC);

        String pageOfC = page("/scoring/sheets/" + sheetC, f.officerC);
        assertThat(pageOfC).contains("data-best=\"1.5").doesNotContain("data-best=\"9");

        submit(f.officerC, f.unitC, "120", submittedNote);
        f.as("admin");
        roundService.advance(f.roundId(), f.roundVersion(), RoundStatus.REVIEW, null);
        SecurityContextHolder.clearContext();
        // C reached 120 % where the best submitted (A) reached 150 %: half of 20 at the target, plus 0.2 / 0.5 of the
        // rest.
        assertThat(jdbc.queryForObject(
                        "select self_score from score_line l join criterion_node n on n.id = l.node_id where l.sheet_id = ? and n.code = 'I.1'",
                        BigDecimal.class,
                        sheetC))
                .isEqualByComparingTo("14");
    }

    @Test
    void aSubmittedFigureBecomesTheBestOtherMembersSee() throws Exception {
        draft(f.officerB, f.unitB, "900", draftNote);
        long sheetC = f.sheetOf(f.unitC);
        assertThat(page("/scoring/sheets/" + sheetC, f.officerC)).doesNotContain("data-best=");
        submit(f.officerB, f.unitB, "900", draftNote);
        assertThat(page("/scoring/sheets/" + sheetC, f.officerC)).contains("data-best=\"9");
    }
}
