package vn.thidua.award.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The decision pages for every role: administrator, reviewer, cluster head, awarded unit, other unit, other province. */
class DecisionControllerTest extends IntegrationTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private int statusOf(String user, String url) throws Exception {
        return mvc.perform(get(url).with(Users.as(jdbc, user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private String page(String user, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(Users.as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn();
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    private MvcResult record(String user, ReviewedProposalFixture f, String number, String date, String achievement)
            throws Exception {
        return mvc.perform(post("/decisions/new")
                        .with(Users.as(jdbc, user))
                        .with(csrf())
                        .param("number", number)
                        .param("decidedOn", date)
                        .param("authority", "Ủy ban nhân dân tỉnh An Giang")
                        .param("signerTitle", "Chủ tịch")
                        .param("signerName", "Lê Văn Ký")
                        .param("subject", "Về việc tặng Bằng khen " + f.tag)
                        .param("year", "2020")
                        .param("items", String.valueOf(f.items.get(1)))
                        .param("achievements[" + f.items.get(1) + "]", achievement))
                .andReturn();
    }

    private long recorded(ReviewedProposalFixture f) throws Exception {
        MvcResult result = record("admin", f, DecisionServiceTest.number(), "25/01/2021", "Hoàn thành " + f.tag);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theAdministratorRecordsThroughTheFormAndEveryProblemShowsBesideItsField() throws Exception {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        String form = page("admin", "/decisions/new");
        assertThat(form)
                .contains("Cụm quyết định " + f.tag, "Thành tích " + f.tag + " 1", "Ủy ban nhân dân tỉnh An Giang")
                .contains("data-testid=\"draft\"");

        MvcResult bad = record("admin", f, "", "32/13/2021", "Đã sửa " + f.tag);
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        String body = HtmlUtils.htmlUnescape(bad.getResponse().getContentAsString());
        assertThat(body).contains("Không được để trống.", "Ngày không hợp lệ", "Đã sửa " + f.tag, "32/13/2021");
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_granted where proposal_item_id = ?", Integer.class, f.items.get(1)))
                .isZero();

        long id = recorded(f);
        String show = page("admin", "/decisions/" + id);
        assertThat(show)
                .contains("Hoàn thành " + f.tag, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "/verify/award/")
                .contains("data-testid=\"file-form\"", "data-testid=\"to-revoke\"");
        assertThat(page("admin", "/decisions?q=bang khen " + f.tag.toLowerCase()))
                .contains("Về việc tặng Bằng khen " + f.tag);
        assertThat(page("admin", "/decisions?q=khong co gi " + f.tag)).contains("data-testid=\"empty\"");
    }

    @Test
    void eachRoleSeesWhatItMay() throws Exception {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        long id = recorded(f);
        String head = f.officers.get(0);
        String awarded = f.officers.get(1);
        String other = f.officers.get(2);

        // Searched by its tag: the list pages newest first, and other tests record decisions of their own.
        String mine = "/decisions?q=" + f.tag.toLowerCase();
        assertThat(page("thamdinh", mine))
                .contains("Về việc tặng Bằng khen " + f.tag)
                .doesNotContain("new-decision");
        assertThat(page("admin", "/decisions")).contains("data-testid=\"new-decision\"");
        assertThat(page("kiengiang", mine)).doesNotContain("Về việc tặng Bằng khen " + f.tag);
        assertThat(statusOf(awarded, "/decisions")).isEqualTo(403);

        assertThat(statusOf("thamdinh", "/decisions/new")).isEqualTo(403);
        assertThat(statusOf(head, "/decisions/new")).isEqualTo(403);
        assertThat(record("thamdinh", f, "X1/QĐ", "25/01/2021", "x")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        assertThat(page("thamdinh", "/decisions/" + id)).doesNotContain("data-testid=\"file-form\"");
        assertThat(page(awarded, "/decisions/" + id))
                .contains("Hoàn thành " + f.tag)
                .doesNotContain("to-revoke");
        assertThat(page(head, "/decisions/" + id)).contains("Hoàn thành " + f.tag);
        assertThat(statusOf(other, "/decisions/" + id)).isEqualTo(403);
        assertThat(statusOf("kiengiang", "/decisions/" + id)).isEqualTo(403);
        assertThat(statusOf("admin", "/decisions/999999999")).isEqualTo(404);

        assertThat(statusOf("admin", "/decisions/" + id + "/revoke")).isEqualTo(200);
        assertThat(statusOf("thamdinh", "/decisions/" + id + "/revoke")).isEqualTo(403);
        assertThat(statusOf(awarded, "/decisions/" + id + "/revoke")).isEqualTo(403);
    }

    @Test
    void theSignedFileIsAttachedOnceByTheAdministratorAndReadByTheDecisionsReaders() throws Exception {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        long id = recorded(f);
        MockMultipartFile pdf =
                new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf", DecisionServiceTest.pdf());
        mvc.perform(multipart("/decisions/" + id + "/file")
                        .file(pdf)
                        .with(Users.as(jdbc, "thamdinh"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/decisions/" + id + "/file")
                        .file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf", "<html>".getBytes()))
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_decision_file where decision_id = ?", Integer.class, id))
                .isZero();
        mvc.perform(multipart("/decisions/" + id + "/file")
                        .file(pdf)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        MvcResult download = mvc.perform(get("/decisions/" + id + "/file").with(Users.as(jdbc, f.officers.get(1))))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(DecisionServiceTest.pdf());
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(statusOf(f.officers.get(2), "/decisions/" + id + "/file")).isEqualTo(403);
        assertThat(page("admin", "/decisions/" + id))
                .contains("quyet-dinh.pdf")
                .doesNotContain("data-testid=\"file-form\"");
    }

    @Test
    void aLaterDecisionRevokesThroughItsFormAndAnEarlierDateIsRefusedWithAMessage() throws Exception {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        long id = recorded(f);
        long award = idOf("select id from award_granted where decision_id = ?", id);
        String number = DecisionServiceTest.number();
        MvcResult early = mvc.perform(post("/decisions/" + id + "/revoke")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("number", number)
                        .param("decidedOn", "20/01/2021")
                        .param("authority", "Ủy ban nhân dân tỉnh An Giang")
                        .param("signerTitle", "Chủ tịch")
                        .param("signerName", "Lê Văn Ký")
                        .param("subject", "Về việc thu hồi")
                        .param("kinds[" + award + "]", "REVOKED")
                        .param("reasons[" + award + "]", "Khai sai " + f.tag))
                .andReturn();
        assertThat(early.getResponse().getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(early.getResponse().getContentAsString()))
                .contains("phải ký từ ngày 25/01/2021", "Khai sai " + f.tag);
        MvcResult done = mvc.perform(post("/decisions/" + id + "/revoke")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("number", number)
                        .param("decidedOn", "01/03/2021")
                        .param("authority", "Ủy ban nhân dân tỉnh An Giang")
                        .param("signerTitle", "Chủ tịch")
                        .param("signerName", "Lê Văn Ký")
                        .param("subject", "Về việc thu hồi")
                        .param("kinds[" + award + "]", "REVOKED")
                        .param("reasons[" + award + "]", "Khai sai " + f.tag))
                .andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        assertThat(page(f.officers.get(1), "/decisions/" + id))
                .contains("data-testid=\"taken-back-mark\"", "Khai sai " + f.tag, number);
    }

    @Test
    void theStaffPrintTheDecisionsCertificatesAndAnAwardedUnitItsOwn() throws Exception {
        long decision = jdbc.queryForObject(
                "select id from award_decision where number = '125/QĐ-UBND' and illustrative", Long.class);
        long anPhu = jdbc.queryForObject(
                "select id from award_granted where verification_code = 'DEMO2021COTINHANPHU00001'", Long.class);
        long chauThanh = jdbc.queryForObject(
                "select id from award_granted where verification_code = 'DEMO2021BKCTCHAUTHANH002'", Long.class);

        assertThat(page("admin", "/decisions/" + decision))
                .contains("/decisions/" + decision + "/certificates.pdf\"")
                .contains("/decisions/" + decision + "/certificates.pdf?mode=FULL_DESIGN")
                .contains("/awards/" + anPhu + "/certificate.pdf", "/awards/" + chauThanh + "/certificate.pdf");
        String unit = page("anphu", "/decisions/" + decision);
        assertThat(unit)
                .contains("/awards/" + anPhu + "/certificate.pdf")
                .doesNotContain("/awards/" + chauThanh + "/certificate.pdf")
                .doesNotContain("certificates.pdf");
    }

    @Test
    void theAmendmentFormOffersAPersonsNameAndPositionForCorrection() throws Exception {
        DecisionFixture d = DecisionFixture.record(
                jdbc, jdbc.queryForObject("select id from organizer where code = 'AG'", Long.class), 2019);
        long award = d.grant(
                DecisionFixture.awardType(jdbc, "AG", "BK_CHU_TICH"),
                jdbc.queryForObject(
                        "select u.id from unit u join organizer o on o.id = u.organizer_id where o.code = 'AG' and u.code = 'AP'",
                        Long.class),
                "Trần Thị Sửa",
                "Phó Chủ tịch",
                "Hoàn thành xuất sắc");

        String form = page("admin", "/decisions/" + d.decisionId + "/revoke");
        assertThat(form)
                .contains("name=\"names[" + award + "]\"", "value=\"Trần Thị Sửa\"")
                .contains("name=\"positions[" + award + "]\"", "value=\"Phó Chủ tịch\"");
    }
}
