package vn.thidua.award.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The onward proposal's pages for every role: An Giang's administrator drafts and submits, the central council's
 * administrator reviews and decides, Kiên Giang's administrator and a unit officer see nothing of it, and nobody signed
 * out gets in.
 */
class OnwardControllerTest extends IntegrationTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MvcResult getAs(String user, String url) throws Exception {
        var request = get(url);
        if (user != null) {
            request.with(Users.as(jdbc, user));
        }
        return mvc.perform(request).andReturn();
    }

    private String page(String user, String url) throws Exception {
        MvcResult result = getAs(user, url);
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    private MvcResult postAs(String user, String url, String... params) throws Exception {
        var request = post(url).with(csrf());
        if (user != null) {
            request.with(Users.as(jdbc, user));
        }
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void theProvinceDraftsAndSubmitsAndTheCouncilReviewsAndDecidesThroughThePages() throws Exception {
        OnwardFixture f = OnwardFixture.create(jdbc, 5, "20");
        String province = page("admin", "/onward?year=" + f.year);
        assertThat(province).contains("data-testid=\"start-form\"");

        MvcResult started = postAs("admin", "/onward/start", "year", String.valueOf(f.year));
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/onward/" + f.proposalId());
        long id = f.proposalId();
        String draft = page("admin", "/onward/" + id);
        assertThat(draft)
                .contains("data-testid=\"candidates\"", "Ủy ban nhân dân xã " + f.tag + "A")
                .contains("data-testid=\"quotas\"")
                .doesNotContain("GOVERNMENT", "COLLECTIVE", "onward.");
        postAs(
                "admin",
                "/onward/" + id + "/items",
                "version",
                String.valueOf(f.version()),
                "typeId",
                String.valueOf(f.govFlag),
                "basisAwardId",
                String.valueOf(f.flagA));
        postAs(
                "admin",
                "/onward/" + id + "/items",
                "version",
                String.valueOf(f.version()),
                "typeId",
                String.valueOf(f.govFlag),
                "basisAwardId",
                String.valueOf(f.flagB));
        // Over the quota: the page names the rule and its source, and the submission is refused.
        assertThat(page("admin", "/onward/" + id))
                .contains("vượt tỷ lệ tối đa 20% của 5 cụm, khối", "Nghị định thử " + f.tag + "GF");
        MvcResult refused = postAs("admin", "/onward/" + id + "/submit", "version", String.valueOf(f.version()));
        assertThat(refused.getFlashMap().get("flash").toString()).contains("danger");
        assertThat(f.status()).isEqualTo("DRAFT");

        postAs(
                "admin",
                "/onward/" + id + "/items/" + f.item(f.govFlag, f.flagB) + "/delete",
                "version",
                String.valueOf(f.version()));
        // A summary too long comes back with the text kept and a message beside it.
        String tooLong = "x".repeat(OnwardItem.SUMMARY_MAX + 1);
        MvcResult edited = postAs(
                "admin",
                "/onward/" + id + "/items/" + f.item(f.govFlag, f.flagA),
                "version",
                String.valueOf(f.version()),
                "summary",
                tooLong);
        assertThat(edited.getResponse().getStatus()).isEqualTo(200);
        assertThat(edited.getResponse().getContentAsString()).contains("is-invalid", tooLong);
        postAs("admin", "/onward/" + id + "/submit", "version", String.valueOf(f.version()));
        assertThat(f.status()).isEqualTo("SUBMITTED");
        assertThat(page("admin", "/onward/" + id)).doesNotContain("data-testid=\"submit-form\"", "add-candidate");

        // The council's queue and page.
        assertThat(getAs("trunguong", "/onward").getResponse().getRedirectedUrl())
                .isEqualTo("/onward/review");
        assertThat(page("trunguong", "/onward/review?year=" + f.year)).contains("/onward/" + id);
        assertThat(page("trunguong", "/onward/" + id)).contains("data-testid=\"judge-form\"", "data-testid=\"review\"");
        long item = f.item(f.govFlag, f.flagA);
        MvcResult noReason = postAs(
                "trunguong",
                "/onward/" + id + "/items/" + item + "/judge",
                "version",
                String.valueOf(f.version()),
                "outcome",
                "REJECTED",
                "reason",
                "");
        assertThat(noReason.getResponse().getContentAsString()).contains("is-invalid");
        postAs(
                "trunguong",
                "/onward/" + id + "/items/" + item + "/judge",
                "version",
                String.valueOf(f.version()),
                "outcome",
                "ACCEPTED");
        postAs("trunguong", "/onward/" + id + "/conclude", "version", String.valueOf(f.version()));
        assertThat(f.status()).isEqualTo("REVIEWED");

        String today = DisplayFormat.DATE.format(LocalDate.now(BusinessTime.ZONE));
        MvcResult badDate = postAs(
                "trunguong",
                "/onward/" + id + "/decision",
                "version",
                String.valueOf(f.version()),
                "number",
                f.tag + "/QĐ-TTg",
                "decidedOn",
                "31/02/2099",
                "authority",
                "Thủ tướng Chính phủ",
                "signerName",
                "Nguyễn Văn Thử",
                "signerTitle",
                "Thủ tướng",
                "subject",
                "Về việc tặng Cờ thi đua của Chính phủ");
        assertThat(badDate.getResponse().getContentAsString()).contains("is-invalid", f.tag + "/QĐ-TTg");
        MvcResult decided = postAs(
                "trunguong",
                "/onward/" + id + "/decision",
                "version",
                String.valueOf(f.version()),
                "number",
                f.tag + "/QĐ-TTg",
                "decidedOn",
                today,
                "authority",
                "Thủ tướng Chính phủ",
                "signerName",
                "Nguyễn Văn Thử",
                "signerTitle",
                "Thủ tướng",
                "subject",
                "Về việc tặng Cờ thi đua của Chính phủ");
        assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/onward/" + id);
        String done = page("admin", "/onward/" + id);
        assertThat(done).contains("data-testid=\"decision\"", f.tag + "/QĐ-TTg", "data-testid=\"granted\"");
    }

    @Test
    void everyRoleSeesOnlyWhatItMay() throws Exception {
        OnwardFixture f = OnwardFixture.create(jdbc, 5, "20");
        postAs("admin", "/onward/start", "year", String.valueOf(f.year));
        long id = f.proposalId();

        // A draft: the council does not see it yet; another province and a unit officer never do.
        for (String outsider : new String[] {"trunguong", "kiengiang", "anphu"}) {
            assertThat(getAs(outsider, "/onward/" + id).getResponse().getStatus())
                    .as(outsider)
                    .isEqualTo(403);
            assertThat(getAs(outsider, "/onward/" + id + "/submission.pdf")
                            .getResponse()
                            .getStatus())
                    .as(outsider)
                    .isEqualTo(403);
            assertThat(postAs(
                                    outsider,
                                    "/onward/" + id + "/items",
                                    "version",
                                    String.valueOf(f.version()),
                                    "typeId",
                                    String.valueOf(f.govFlag),
                                    "basisAwardId",
                                    String.valueOf(f.flagA))
                            .getResponse()
                            .getStatus())
                    .as(outsider)
                    .isEqualTo(403);
        }
        assertThat(getAs("anphu", "/onward").getResponse().getStatus()).isEqualTo(403);
        assertThat(getAs("anphu", "/onward/review").getResponse().getStatus()).isEqualTo(403);
        assertThat(getAs("kiengiang", "/onward/review").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(page("kiengiang", "/onward?year=" + f.year)).doesNotContain("/onward/" + id);
        assertThat(page("thamdinh", "/onward/" + id)).doesNotContain("data-testid=\"candidates\"");

        // Signed out: to the sign-in page.
        MvcResult anonymous = getAs(null, "/onward/" + id);
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).contains("/login");
        assertThat(postAs(null, "/onward/start", "year", String.valueOf(f.year + 1))
                        .getResponse()
                        .getStatus())
                .isIn(302, 401, 403);
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_onward_proposal where organizer_id = ? and year = ?",
                        Long.class,
                        f.ag,
                        f.year + 1))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from award_onward_item where proposal_id = ?", Long.class, id))
                .isZero();
    }
}
