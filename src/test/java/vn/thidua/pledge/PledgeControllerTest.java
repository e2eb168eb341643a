package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** Every pledge page for every role: who may see and do what, and what bad input brings back. */
class PledgeControllerTest extends IntegrationTest {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    PledgeService pledges;

    PledgeFixture cluster;
    long pledgeId;

    @BeforeEach
    void draft() {
        cluster = PledgeFixture.create(jdbc, 2);
        cluster.signIn("head");
        pledgeId = pledges.createDraft(cluster.termId, DraftSource.TEMPLATE).getId();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor as(String role) {
        return Users.as(jdbc, cluster.username(role));
    }

    /** The page as a person reads it: Thymeleaf writes letters such as ô as character references. */
    static org.springframework.test.web.servlet.ResultMatcher page(org.hamcrest.Matcher<String> matcher) {
        return result -> org.hamcrest.MatcherAssert.assertThat(
                org.springframework.web.util.HtmlUtils.htmlUnescape(
                        result.getResponse().getContentAsString()),
                matcher);
    }

    long version() {
        return jdbc.queryForObject("select version from pledge where id = ?", Long.class, pledgeId);
    }

    @Test
    void pagesNeedASignedInUserButTheVerificationPageIsPublic() throws Exception {
        mvc.perform(get("/pledges"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/pledges/" + pledgeId)).andExpect(status().is3xxRedirection());
        String code = jdbc.queryForObject("""
                select p.verify_code from pledge p join cluster_term t on t.id = p.term_id join cluster c on c.id = t.cluster_id
                where c.code = 'CUM3'""", String.class);
        mvc.perform(get("/verify/" + code))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Văn bản còn nguyên vẹn")))
                .andExpect(page(containsString("Cán bộ huyện Kiên Hải")));
        cluster.signIn("head");
        pledges.open(pledgeId, version(), LocalDate.now().plusDays(5));
        cluster.signIn("m1");
        pledges.sign(
                pledgeId,
                jdbc.queryForObject("select text_hash from pledge where id = ?", String.class, pledgeId),
                "thidua2026",
                "192.0.2.55");
        SecurityContextHolder.clearContext();
        String openCode = jdbc.queryForObject("select verify_code from pledge where id = ?", String.class, pledgeId);
        mvc.perform(get("/verify/" + openCode))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Người dùng m1 " + cluster.prefix)))
                .andExpect(page(not(containsString("192.0.2.55"))))
                .andExpect(page(not(containsString("Người dùng head"))));
        mvc.perform(get("/verify/unknown-code")).andExpect(status().isNotFound());
        PledgeFixture other = PledgeFixture.create(jdbc, 1);
        other.signIn("head");
        long draft = pledges.createDraft(other.termId, DraftSource.TEMPLATE).getId();
        SecurityContextHolder.clearContext();
        String draftCode = jdbc.queryForObject("select verify_code from pledge where id = ?", String.class, draft);
        mvc.perform(get("/verify/" + draftCode)).andExpect(status().isNotFound());
    }

    @Test
    void everyoneInTheClusterAndTheProvinceReadsThePledgeOthersDoNotSeeIt() throws Exception {
        for (String role : new String[] {"admin", "review", "head", "m1"}) {
            mvc.perform(get("/pledges/" + pledgeId).with(as(role)))
                    .andExpect(status().isOk())
                    .andExpect(page(containsString("data-testid=\"pledge-text\"")));
        }
        mvc.perform(get("/pledges/" + pledgeId).with(as("out"))).andExpect(status().isNotFound());
        mvc.perform(get("/pledges/" + pledgeId).with(Users.as(jdbc, "admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/pledges/term/" + cluster.termId).with(as("m1")))
                .andExpect(redirectedUrl("/pledges/" + pledgeId));
    }

    @Test
    void onlyTheHeadAndTheAdministratorGetTheDraftForm() throws Exception {
        mvc.perform(get("/pledges/" + pledgeId + "/edit").with(as("head")))
                .andExpect(status().isOk())
                .andExpect(page(containsString("data-testid=\"pledge-form\"")));
        mvc.perform(get("/pledges/" + pledgeId + "/edit").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/pledges/" + pledgeId + "/edit").with(as("review"))).andExpect(status().isForbidden());
        mvc.perform(get("/pledges/" + pledgeId + "/edit").with(as("m1"))).andExpect(status().isForbidden());
        mvc.perform(post("/pledges/" + pledgeId + "/edit")
                        .with(as("m1"))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("title", "Chiếm quyền"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pledges/term/" + cluster.termId + "/draft")
                        .with(as("review"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTargetValueThatIsNotANumberComesBackWithTheInputKept() throws Exception {
        mvc.perform(post("/pledges/" + pledgeId + "/edit")
                        .with(as("head"))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("title", "Giao ước của tôi")
                        .param("preamble", "Lời mở đầu đã gõ")
                        .param("targets[0].field", "ECONOMY_SOCIETY")
                        .param("targets[0].name", "Thu ngân sách")
                        .param("targets[0].unitOfMeasure", "tỷ đồng")
                        .param("targets[0].value", "năm trăm"))
                .andExpect(status().isOk())
                .andExpect(page(containsString("\"năm trăm\" không phải là số")))
                .andExpect(page(containsString("value=\"năm trăm\"")))
                .andExpect(page(containsString("Lời mở đầu đã gõ")))
                .andExpect(page(containsString("value=\"Giao ước của tôi\"")));
        assertThat(jdbc.queryForObject("select title from pledge where id = ?", String.class, pledgeId))
                .doesNotContain("của tôi");
    }

    @Test
    void aDraftSavesWithPerMemberTargetsAndAddingARowKeepsTheInput() throws Exception {
        long first = cluster.memberUnits.get(0);
        mvc.perform(post("/pledges/" + pledgeId + "/edit")
                        .with(as("head"))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("title", "Bản đang gõ")
                        .param("addTarget", "DEFENCE_SECURITY"))
                .andExpect(status().isOk())
                .andExpect(page(containsString("value=\"Bản đang gõ\"")));
        mvc.perform(post("/pledges/" + pledgeId + "/edit")
                        .with(as("head"))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("title", "Giao ước đã lưu")
                        .param("targets[0].field", "ECONOMY_SOCIETY")
                        .param("targets[0].name", "Xã nông thôn mới")
                        .param("targets[0].unitOfMeasure", "xã")
                        .param("targets[0].memberValues[" + first + "]", "1,5")
                        .param("targets[1].field", "DEFENCE_SECURITY")
                        .param("targets[1].name", "")
                        .param("targets[1].value", ""))
                .andExpect(redirectedUrl("/pledges/" + pledgeId));
        assertThat(jdbc.queryForObject(
                        "select count(*) from pledge_target where pledge_id = ?", Integer.class, pledgeId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select v.target_value from pledge_target_value v join pledge_target t on t.id = v.target_id where t.pledge_id = ?",
                        java.math.BigDecimal.class,
                        pledgeId))
                .isEqualByComparingTo("1.5");
    }

    @Test
    void aStaleDraftFormGetsAConflictMessageWithTheInputKept() throws Exception {
        long stale = version();
        mvc.perform(post("/pledges/" + pledgeId + "/edit")
                        .with(as("admin"))
                        .with(csrf())
                        .param("version", Long.toString(stale))
                        .param("title", "Bản của quản trị viên")
                        .param("targets[0].field", "ECONOMY_SOCIETY")
                        .param("targets[0].name", "Chỉ tiêu"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/pledges/" + pledgeId + "/edit")
                        .with(as("head"))
                        .with(csrf())
                        .param("version", Long.toString(stale))
                        .param("title", "Bản của cụm trưởng")
                        .param("targets[0].field", "ECONOMY_SOCIETY")
                        .param("targets[0].name", "Chỉ tiêu"))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Dữ liệu vừa được người khác thay đổi")))
                .andExpect(page(containsString("value=\"Bản của cụm trưởng\"")));
        assertThat(jdbc.queryForObject("select title from pledge where id = ?", String.class, pledgeId))
                .isEqualTo("Bản của quản trị viên");
    }

    @Test
    void openingWithAPastDeadlineOrWithoutTargetsComesBackWithAMessage() throws Exception {
        String yesterday = DATE.format(LocalDate.now().minusDays(1));
        mvc.perform(post("/pledges/" + pledgeId + "/open")
                        .with(as("head"))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("deadline", yesterday))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Hạn ký không được ở trong quá khứ")))
                .andExpect(page(containsString("value=\"" + yesterday + "\"")));
        mvc.perform(post("/pledges/" + pledgeId + "/open")
                        .with(as("head"))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("deadline", "31/02/2030"))
                .andExpect(status().isOk())
                .andExpect(page(containsString("không phải là ngày hợp lệ")));
        mvc.perform(post("/pledges/" + pledgeId + "/edit")
                        .with(as("head"))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("title", "Không chỉ tiêu"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/pledges/" + pledgeId + "/open")
                        .with(as("head"))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("deadline", DATE.format(LocalDate.now().plusDays(10))))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Giao ước chưa có chỉ tiêu nào")));
        mvc.perform(post("/pledges/" + pledgeId + "/open")
                        .with(as("m1"))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("deadline", DATE.format(LocalDate.now().plusDays(10))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMemberSignsWithTheirPasswordAndAWrongOneIsExplained() throws Exception {
        mvc.perform(post("/pledges/" + pledgeId + "/open")
                        .with(as("head"))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("deadline", DATE.format(LocalDate.now().plusDays(10))))
                .andExpect(redirectedUrl("/pledges/" + pledgeId));
        String hash = jdbc.queryForObject("select text_hash from pledge where id = ?", String.class, pledgeId);
        mvc.perform(get("/pledges/" + pledgeId + "/sign").with(as("m1")))
                .andExpect(status().isOk())
                .andExpect(page(containsString(hash)));
        mvc.perform(get("/pledges/" + pledgeId + "/sign").with(as("review"))).andExpect(status().isForbidden());
        mvc.perform(post("/pledges/" + pledgeId + "/sign")
                        .with(as("m1"))
                        .with(csrf())
                        .param("textHash", hash)
                        .param("password", "sai"))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Mật khẩu không đúng")));
        mvc.perform(post("/pledges/" + pledgeId + "/sign")
                        .with(as("m1"))
                        .with(csrf())
                        .param("textHash", hash)
                        .param("password", "thidua2026"))
                .andExpect(redirectedUrl("/pledges/" + pledgeId));
        mvc.perform(post("/pledges/" + pledgeId + "/decline")
                        .with(as("m2"))
                        .with(csrf())
                        .param("textHash", hash)
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Vui lòng nêu lý do từ chối ký")));
        mvc.perform(post("/pledges/" + pledgeId + "/sign")
                        .with(as("review"))
                        .with(csrf())
                        .param("textHash", hash)
                        .param("password", "thidua2026"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pledges/" + pledgeId + "/remind").with(as("head")).with(csrf()))
                .andExpect(redirectedUrl("/pledges/" + pledgeId));
        mvc.perform(get("/notifications").with(as("m2")))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Nhắc ký")));
        mvc.perform(get("/pledges/" + pledgeId).with(as("m2")))
                .andExpect(status().isOk())
                .andExpect(page(containsString("data-testid=\"nav-notifications\"")));
    }

    @Test
    void theCompletedDemoPledgeExportsAsPdfAndWordWithTheSignersNames() throws Exception {
        long kg = jdbc.queryForObject("""
                select p.id from pledge p join cluster_term t on t.id = p.term_id join cluster c on c.id = t.cluster_id
                where c.code = 'CUM3' and t.year = 2021""", Long.class);
        byte[] pdf = mvc.perform(get("/pledges/" + kg + "/document.pdf").with(Users.as(jdbc, "hatien")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Kiên Hải, ngày 24 tháng 3 năm 2021",
                            "Cán bộ thành phố Hà Tiên",
                            "Cán bộ thành phố Phú Quốc",
                            "Cán bộ huyện Kiên Hải",
                            "/verify/");
        }
        byte[] docx = mvc.perform(get("/pledges/" + kg + "/document.docx").with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Cán bộ huyện Giang Thành",
                            "Cán bộ huyện Kiên Lương");
            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(document.getParagraphs().get(0).getRuns())
                    .allMatch(run -> "Times New Roman".equals(run.getFontFamily()));
        }
        mvc.perform(get("/pledges/" + kg + "/document.pdf").with(Users.as(jdbc, "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pledges/" + pledgeId + "/document.pdf").with(as("head")))
                .andExpect(status().is(422));
    }

    @Test
    void theProvinceExportsTheYearsListAsExcelAndOfficersCannot() throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/pledges/export.xlsx").param("year", "2021").with(as("review")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            // The title block (title, date of export, a blank row) and the header come first.
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("DANH SÁCH GIAO ƯỚC THI ĐUA NĂM 2021");
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(1).getStringCellValue())
                    .startsWith("Cụm thử nghiệm");
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(4).getStringCellValue())
                    .isEqualTo("Dự thảo");
        }
        mvc.perform(get("/pledges/export.xlsx").with(as("m1"))).andExpect(status().isForbidden());
        mvc.perform(get("/pledges").param("year", "2021").with(as("review")))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Cụm thử nghiệm " + cluster.prefix)))
                .andExpect(page(containsString("data-testid=\"export-xlsx\"")));
        mvc.perform(get("/pledges").param("q", "khong co cum nao").with(as("review")))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Không có kết quả phù hợp")));
        mvc.perform(get("/pledges").with(as("m1")))
                .andExpect(status().isOk())
                .andExpect(page(not(containsString("data-testid=\"export-xlsx\""))));
    }

    @Test
    void theEnglishPagesComeFromTheEnglishBundle() throws Exception {
        mvc.perform(get("/pledges/" + pledgeId).param("lang", "en").with(as("head")))
                .andExpect(status().isOk())
                .andExpect(page(containsString("Open for signing")))
                .andExpect(page(containsString("Signing progress")));
    }
}
