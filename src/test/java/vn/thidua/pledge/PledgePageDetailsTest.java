package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.common.Flash;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** What the pledge's pages tell: the verification names its organiser and both hashes, the history every answer. */
class PledgePageDetailsTest extends IntegrationTest {

    @Autowired
    PledgeService pledges;

    PledgeFixture cluster;
    long id;

    @BeforeEach
    void openPledge() {
        cluster = PledgeFixture.create(jdbc, 2);
        cluster.signIn("head");
        Pledge pledge = pledges.createDraft(cluster.termId, DraftSource.TEMPLATE);
        pledges.open(pledge.getId(), pledge.getVersion(), LocalDate.now().plusDays(30));
        id = pledge.getId();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String hash() {
        return jdbc.queryForObject("select text_hash from pledge where id = ?", String.class, id);
    }

    private void signAs(String role) {
        cluster.signIn(role);
        pledges.sign(id, hash(), "thidua2026", "127.0.0.1");
        SecurityContextHolder.clearContext();
    }

    private String read(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String pageAs(String role) throws Exception {
        return read(get("/pledges/" + id).with(Users.as(jdbc, cluster.username(role))));
    }

    @Test
    void theVerificationPageNamesTheOrganiserAndShowsTheStoredAndTheRecomputedHash() throws Exception {
        signAs("m1");
        String stored = hash();
        String code = jdbc.queryForObject("select verify_code from pledge where id = ?", String.class, id);
        String page = read(get("/verify/" + code));
        assertThat(page)
                .contains(
                        "Hội đồng thử nghiệm " + cluster.prefix,
                        "Mã băm lưu khi khóa văn bản để ký: " + stored,
                        "Mã băm tính lại từ nội dung đang lưu: " + stored);

        jdbc.update("update pledge set goals = coalesce(goals, '') || ' Thêm mục tiêu.' where id = ?", id);
        String recomputed = pledges.verify(code).recomputedHash();
        assertThat(recomputed).isNotEqualTo(stored);
        assertThat(read(get("/verify/" + code)))
                .contains(
                        "Mã băm lưu khi khóa văn bản để ký: " + stored,
                        "Mã băm tính lại từ nội dung đang lưu: " + recomputed);
    }

    @Test
    void remindingIsOfferedOnlyWhileSomeMemberHasNotSigned() throws Exception {
        signAs("m1");
        assertThat(pageAs("head")).contains("data-testid=\"remind\"");
        signAs("m2");
        assertThat(pageAs("head")).doesNotContain("data-testid=\"remind\"").contains("data-testid=\"go-sign\"");
    }

    @Test
    void theSignPageOfACompletedPledgeLeadsBackToThePledgeWithItsStatus() throws Exception {
        signAs("m1");
        signAs("m2");
        signAs("head");
        var result = mvc.perform(get("/pledges/" + id + "/sign").with(Users.as(jdbc, cluster.member(1))))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/pledges/" + id);
        assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("pledge.sign.closed");
        assertThat(pageAs("m1")).contains("Đã hoàn thành");
    }

    @Test
    void theSignPageOfAUnitThatHasSignedLeadsToThePledgeWithWhenAndWhoSigned() throws Exception {
        signAs("m1");
        String signedAt = jdbc.queryForObject("""
                select to_char(answered_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') from pledge_signature
                where pledge_id = ? and signer_name = ?""", String.class, id, "Người dùng m1 " + cluster.prefix);
        var result = mvc.perform(get("/pledges/" + id + "/sign").with(Users.as(jdbc, cluster.member(1))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/pledges/" + id);
        Flash flash = (Flash) result.getFlashMap().get(Flash.ATTRIBUTE);
        assertThat(flash.key()).isEqualTo("pledge.sign.alreadySigned");
        String page = read(
                get("/pledges/" + id).with(Users.as(jdbc, cluster.member(1))).flashAttr(Flash.ATTRIBUTE, flash));
        assertThat(page)
                .contains("đã ký giao ước này lúc " + signedAt + " (người ký: Người dùng m1 " + cluster.prefix + ")");
        // A member that has not signed still gets the sign page.
        assertThat(read(get("/pledges/" + id + "/sign").with(Users.as(jdbc, cluster.member(2)))))
                .contains("name=\"password\"");
    }

    @Test
    void theHistoryListsEverySignatureAndDeclineBesideTheChangesOfStatus() throws Exception {
        cluster.signIn("m1");
        pledges.decline(id, hash(), "Chờ ý kiến lãnh đạo đơn vị", "127.0.0.1");
        SecurityContextHolder.clearContext();
        signAs("m1");
        signAs("m2");
        signAs("head");
        String page = pageAs("m2");
        String history = page.substring(page.indexOf("data-testid=\"pledge-history\""));
        history = history.substring(0, history.indexOf("</ol>"));
        assertThat(history)
                .contains(
                        "Đơn vị thành viên 1 " + cluster.prefix + " từ chối ký",
                        "Lý do: Chờ ý kiến lãnh đạo đơn vị",
                        "Đơn vị thành viên 1 " + cluster.prefix + " ký giao ước",
                        "Đơn vị thành viên 2 " + cluster.prefix + " ký giao ước",
                        "ký xác nhận (cụm trưởng)",
                        "Người dùng m1 " + cluster.prefix,
                        "Đã hoàn thành");
        assertThat(history.indexOf("từ chối ký"))
                .isLessThan(history.indexOf("Đơn vị thành viên 1 " + cluster.prefix + " ký giao ước"));
    }
}
