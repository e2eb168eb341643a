package vn.thidua.award.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.award.onward.OnwardFixture;
import vn.thidua.award.onward.OnwardService;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.proposal.SubmittedProposals;
import vn.thidua.award.proposal.SubmittedProposals.Submitted;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The review pages for every role: the organiser's administrator and reviewer, the cluster's head and member, another
 * cluster's head, another province's administrator, the central council's administrator and no one signed in.
 */
class ReviewControllerTest extends IntegrationTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    ReviewService reviews;

    @Autowired
    OnwardService onward;

    Submitted s;
    String show;

    @BeforeEach
    void setUp() {
        s = SubmittedProposals.create(jdbc, proposals);
        show = "/review/proposals/" + s.proposalId();
    }

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

    private String body(MvcResult result) throws Exception {
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

    private String stampOf(long itemId) {
        s.as("admin");
        String stamp = String.valueOf(reviews.page(s.proposalId()).stampOf(itemId));
        SecurityContextHolder.clearContext();
        return stamp;
    }

    private String stamp() {
        s.as("admin");
        String stamp = String.valueOf(reviews.page(s.proposalId()).stamp());
        SecurityContextHolder.clearContext();
        return stamp;
    }

    private String clusterName() {
        return jdbc.queryForObject(
                "select c.name from cluster c join cluster_term t on t.cluster_id = c.id where t.id = ?",
                String.class,
                s.termId());
    }

    private String version() {
        return String.valueOf(s.version());
    }

    @Test
    void theQueueListsTheYearsProposalsForTheOrganisersStaffOnly() throws Exception {
        for (String staff : List.of("admin", "thamdinh")) {
            MvcResult queue = getAs(staff, "/review?year=2021&status=SUBMITTED&size=100&sort=submittedAt,desc");
            assertThat(queue.getResponse().getStatus()).as(staff).isEqualTo(200);
            assertThat(body(queue)).contains("data-proposal=\"" + s.proposalId() + "\"", clusterName());
        }
        assertThat(body(getAs("admin", "/review?year=2021&status=REVIEWED&size=100")))
                .doesNotContain("data-proposal=\"" + s.proposalId() + "\"");
        assertThat(body(getAs("admin", "/review?year=1999&status=NONSENSE&page=-4&size=-1")))
                .contains("data-testid=\"queue-filter\"");
        assertThat(body(getAs("admin", "/review?year=2030"))).contains("data-testid=\"empty\"");
        // The central council's administrator sees his own organiser's queue, not An Giang's.
        assertThat(body(getAs("trunguong", "/review?year=2021&size=100")))
                .doesNotContain("data-proposal=\"" + s.proposalId() + "\"");
        for (String other : List.of(s.headUser(), s.memberUser(), s.otherClusterUser())) {
            assertThat(getAs(other, "/review").getResponse().getStatus())
                    .as(other)
                    .isEqualTo(403);
        }
        assertThat(getAs(null, "/review").getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void theCentralCouncilReceivesTheOnwardProposalsInTheSameQueue() throws Exception {
        OnwardFixture f = OnwardFixture.create(jdbc, 2, "100");
        f.as("admin");
        long id = onward.start(f.year);
        onward.addItem(id, f.version(), f.govFlag, f.flagA);
        onward.addItem(id, f.version(), f.pmBk, f.bkC);
        SecurityContextHolder.clearContext();
        String url = "/review?year=" + f.year + "&size=100";
        String link = "href=\"/onward/" + id + "\"";
        // A draft is not yet in anyone's queue.
        assertThat(body(getAs("trunguong", url))).doesNotContain(link);
        f.as("admin");
        onward.submit(id, f.version());
        SecurityContextHolder.clearContext();
        String province = jdbc.queryForObject("select name from organizer where code = 'AG'", String.class);
        String central = body(getAs("trunguong", url + "&sort=status,asc"));
        assertThat(central).contains(link, province, "Đề nghị khen thưởng cấp Nhà nước của tỉnh");
        // Its row: status submitted, two items, none judged yet.
        String row = central.substring(central.indexOf(link));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Đã trình", "data-label=\"Số trường hợp\">2<");
        assertThat(body(getAs("trunguong", url + "&status=SUBMITTED"))).contains(link);
        assertThat(body(getAs("trunguong", url + "&status=REVIEWED"))).doesNotContain(link);
        assertThat(body(getAs("trunguong", "/review?year=" + (f.year + 1) + "&size=100")))
                .doesNotContain(link);
        // The link leads the council's staff to the onward proposal's review page.
        assertThat(getAs("trunguong", "/onward/" + id).getResponse().getStatus())
                .isEqualTo(200);
        // The sending province and another province see nothing of it in their queues.
        for (String other : List.of("admin", "thamdinh", "kiengiang")) {
            MvcResult queue = getAs(other, url);
            assertThat(queue.getResponse().getStatus()).as(other).isEqualTo(200);
            assertThat(body(queue)).as(other).doesNotContain(link);
        }
    }

    @Test
    void theReviewPageShowsTheProposalToTheOrganisersStaffOnly() throws Exception {
        String admin = body(getAs("admin", show));
        assertThat(admin)
                .contains(
                        "Dẫn đầu cụm, hoàn thành xuất sắc nhiệm vụ",
                        "data-testid=\"checks\"",
                        "data-testid=\"judge-form\"",
                        "data-testid=\"return-form\"",
                        "data-testid=\"conclude-form\"",
                        "data-testid=\"history\"",
                        "/proposals/term/" + s.termId());
        assertThat(admin).doesNotContain("data-testid=\"recommend-form\"");
        // The proposal page leads the staff to the review, and only them.
        assertThat(body(getAs("thamdinh", "/proposals/term/" + s.termId()))).contains(show);
        assertThat(body(getAs(s.headUser(), "/proposals/term/" + s.termId()))).doesNotContain(show);
        String reviewer = body(getAs("thamdinh", show));
        assertThat(reviewer).contains("data-testid=\"recommend-form\"");
        assertThat(reviewer).doesNotContain("data-testid=\"judge-form\"", "data-testid=\"return-form\"");
        for (String other : List.of(s.headUser(), s.memberUser(), s.otherClusterUser(), "kiengiang", "trunguong")) {
            assertThat(getAs(other, show).getResponse().getStatus()).as(other).isEqualTo(403);
        }
        assertThat(getAs(null, show).getResponse().getStatus()).isEqualTo(302);
        assertThat(getAs("admin", "/review/proposals/999999999").getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void eachRoleMayOnlyTakeItsOwnStepsThroughTheForms() throws Exception {
        String judge = show + "/items/" + s.itemA() + "/judge";
        String recommend = show + "/items/" + s.itemA() + "/recommend";
        for (String other : List.of("thamdinh", s.headUser(), s.memberUser(), "kiengiang")) {
            assertThat(postAs(other, judge, "outcome", "ACCEPTED", "version", version(), "stamp", stampOf(s.itemA()))
                            .getResponse()
                            .getStatus())
                    .as(other)
                    .isEqualTo(403);
            assertThat(postAs(other, show + "/return", "comments", "Trả lại", "version", version(), "stamp", stamp())
                            .getResponse()
                            .getStatus())
                    .as(other)
                    .isEqualTo(403);
        }
        for (String other : List.of(s.headUser(), s.memberUser(), "kiengiang")) {
            assertThat(postAs(
                                    other,
                                    recommend,
                                    "outcome",
                                    "ACCEPTED",
                                    "version",
                                    version(),
                                    "stamp",
                                    stampOf(s.itemA()))
                            .getResponse()
                            .getStatus())
                    .as(other)
                    .isEqualTo(403);
        }
        assertThat(postAs(null, judge, "outcome", "ACCEPTED").getResponse().getStatus())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_proposal_item_review where item_id = ?", Long.class, s.itemA()))
                .isZero();

        // The reviewer recommends; a rejection without a reason comes back with the message beside the field.
        MvcResult missing = postAs(
                "thamdinh",
                recommend,
                "outcome",
                "REJECTED",
                "reason",
                "",
                "version",
                version(),
                "stamp",
                stampOf(s.itemA()));
        assertThat(missing.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(missing)).contains("Hãy nêu lý do không chấp nhận", "is-invalid");
        assertThat(postAs(
                                "thamdinh",
                                recommend,
                                "outcome",
                                "ACCEPTED",
                                "version",
                                version(),
                                "stamp",
                                stampOf(s.itemA()))
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        // A stale form: clear message, the reason typed kept, nothing overwritten.
        MvcResult stale = postAs(
                "admin", judge, "outcome", "REJECTED", "reason", "Lý do đã gõ", "version", version(), "stamp", "0");
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(stale)).contains("không có gì bị ghi đè", "Lý do đã gõ");
        assertThat(jdbc.queryForObject(
                        "select review_outcome from award_proposal_item where id = ?", String.class, s.itemA()))
                .isNull();

        // The administrator judges, and returns with comments (required).
        assertThat(postAs("admin", judge, "outcome", "ACCEPTED", "version", version(), "stamp", stampOf(s.itemA()))
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        MvcResult noComments =
                postAs("admin", show + "/return", "comments", " ", "version", version(), "stamp", stamp());
        assertThat(body(noComments)).contains("Hãy nhập ý kiến gửi cụm trưởng");
        MvcResult conclude = postAs("admin", show + "/conclude", "version", version(), "stamp", stamp());
        assertThat(((vn.thidua.common.Flash) conclude.getFlashMap().get("flash")).key())
                .isEqualTo("review.error.itemsOpen");
        MvcResult returned = postAs(
                "admin",
                show + "/return",
                "comments",
                "Bổ sung báo cáo thành tích",
                "version",
                version(),
                "stamp",
                stamp());
        assertThat(returned.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from award_proposal where id = ?", String.class, s.proposalId()))
                .isEqualTo("RETURNED");

        // The head reads the comments on his proposal page; the staff see the return in the history.
        assertThat(body(getAs(s.headUser(), "/proposals/term/" + s.termId())))
                .contains("data-testid=\"returned\"", "Bổ sung báo cáo thành tích");
        assertThat(body(getAs("thamdinh", show))).contains("Bổ sung báo cáo thành tích");
        assertThat(body(getAs(s.memberUser(), "/proposals/term/" + s.termId()))).contains("Bổ sung báo cáo thành tích");
    }

    @Test
    void aConcludedReviewShowsItsOutcomesAndNoMoreForms() throws Exception {
        for (long item : List.of(s.itemA(), s.itemB())) {
            assertThat(postAs(
                                    "admin",
                                    show + "/items/" + item + "/judge",
                                    "outcome",
                                    "ACCEPTED",
                                    "version",
                                    version(),
                                    "stamp",
                                    stampOf(item))
                            .getResponse()
                            .getStatus())
                    .isEqualTo(302);
        }
        MvcResult concluded = postAs("admin", show + "/conclude", "version", version(), "stamp", stamp());
        assertThat(((vn.thidua.common.Flash) concluded.getFlashMap().get("flash")).key())
                .isEqualTo("review.concluded");
        String page = body(getAs("thamdinh", show));
        assertThat(page).contains("Đã thẩm định", "data-testid=\"outcome\"", "Chấp nhận");
        assertThat(page).doesNotContain("data-testid=\"recommend-form\"", "data-testid=\"conclude-form\"");
        String queue = body(getAs("admin", "/review?year=2021&status=REVIEWED&size=100"));
        assertThat(queue).contains("data-proposal=\"" + s.proposalId() + "\"");
    }
}
