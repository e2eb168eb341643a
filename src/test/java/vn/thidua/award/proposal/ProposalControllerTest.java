package vn.thidua.award.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The proposal pages for every role: the head, a member, another cluster's member, the province's staff, another organiser. */
class ProposalControllerTest extends IntegrationTest {

    ProposalFixture f;
    long flag;

    @BeforeEach
    void setUp() {
        f = ProposalFixture.create(jdbc);
        flag = f.type("FLAG", "COLLECTIVE", 1, null);
        f.requiredDocument(flag, "MINUTES", "Biên bản họp cụm", false);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String page(String user) throws Exception {
        MvcResult result = mvc.perform(get("/proposals/term/" + f.termId).with(Users.as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn();
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    private MvcResult postAs(String user, String url, String... params) throws Exception {
        var request = post(url).with(Users.as(jdbc, user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void theHeadStartsFillsAndSubmitsThroughThePages() throws Exception {
        assertThat(page(f.headUser)).contains("data-testid=\"start-form\"");
        postAs(f.headUser, "/proposals/term/" + f.termId + "/start");
        MvcResult added = postAs(
                f.headUser,
                "/proposals/term/" + f.termId + "/items",
                "awardTypeId",
                String.valueOf(flag),
                "unitId",
                String.valueOf(f.unitA),
                "summary",
                "Dẫn đầu cụm",
                "version",
                String.valueOf(f.version()));
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        String body = page(f.headUser);
        assertThat(body)
                .contains("Dẫn đầu cụm", "data-testid=\"failures\"", "Biên bản họp cụm", "Quy chế " + f.tag + "FLAG");
        assertThat(body).contains("Quy tắc bình xét");

        MockMultipartFile minutes =
                new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", ProposalServiceTest.pdf());
        MvcResult uploaded = mvc.perform(multipart("/proposals/term/" + f.termId + "/documents")
                        .file(minutes)
                        .param("kind", "MINUTES")
                        .param("version", String.valueOf(f.version()))
                        .with(Users.as(jdbc, f.headUser))
                        .with(csrf()))
                .andReturn();
        assertThat(uploaded.getResponse().getStatus()).isEqualTo(302);
        f.closedVote(f.termId, flag, List.of(f.unitA), List.of());
        assertThat(page(f.headUser)).contains("data-testid=\"checks-ok\"", "data-confirm=");
        MvcResult submitted =
                postAs(f.headUser, "/proposals/term/" + f.termId + "/submit", "version", String.valueOf(f.version()));
        assertThat(submitted.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from award_proposal where term_id = ?", String.class, f.termId))
                .isEqualTo("SUBMITTED");
        String after = page(f.headUser);
        assertThat(after).doesNotContain("data-testid=\"item-form\"", "data-testid=\"submit-form\"");
        // The province's list shows it.
        String list =
                HtmlUtils.htmlUnescape(mvc.perform(get("/proposals?year=2021").with(Users.as(jdbc, "admin")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(list).contains("Cụm đề nghị " + f.tag);
    }

    @Test
    void everyProblemOfTheItemFormIsShownBesideItsFieldAndWhatWasTypedIsKept() throws Exception {
        postAs(f.headUser, "/proposals/term/" + f.termId + "/start");
        long individual = f.type("CN", "INDIVIDUAL", null, null);
        MvcResult result = postAs(
                f.headUser,
                "/proposals/term/" + f.termId + "/items",
                "awardTypeId",
                String.valueOf(individual),
                "unitId",
                "",
                "personName",
                "",
                "personPosition",
                "Chức vụ giữ lại",
                "personBirthDate",
                "31/02/1980",
                "summary",
                "",
                "version",
                String.valueOf(f.version()));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String body = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
        assertThat(body)
                .contains(
                        "Hãy chọn một đơn vị thành viên",
                        "Hãy nhập họ và tên.",
                        "Hãy chọn giới tính.",
                        "Ngày sinh không hợp lệ",
                        "Hãy nhập tóm tắt thành tích.",
                        "Chức vụ giữ lại",
                        "31/02/1980");
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_proposal_item where proposal_id = ?",
                        Integer.class,
                        f.proposalId()))
                .isZero();
    }

    @Test
    void anItemIsEditedWithItsProblemsBesideItsFieldsAndWhatWasTypedKept() throws Exception {
        postAs(f.headUser, "/proposals/term/" + f.termId + "/start");
        long individual = f.type("CN", "INDIVIDUAL", null, null);
        postAs(
                f.headUser,
                "/proposals/term/" + f.termId + "/items",
                "awardTypeId",
                String.valueOf(individual),
                "unitId",
                String.valueOf(f.unitB),
                "personName",
                "Lê Văn Cũ",
                "personPosition",
                "Chủ tịch",
                "personGender",
                "MALE",
                "summary",
                "Thành tích cũ",
                "version",
                String.valueOf(f.version()));
        long item = idOf("select id from award_proposal_item where proposal_id = ?", f.proposalId());
        MvcResult refused = postAs(
                f.headUser,
                "/proposals/term/" + f.termId + "/items/" + item,
                "personName",
                "",
                "personPosition",
                "Phó Chủ tịch giữ lại",
                "personGender",
                "MALE",
                "summary",
                "Thành tích mới giữ lại",
                "version",
                String.valueOf(f.version()));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.getResponse().getContentAsString()))
                .contains("is-invalid", "Hãy nhập họ và tên.", "Phó Chủ tịch giữ lại", "Thành tích mới giữ lại");
        MvcResult stale = postAs(
                f.headUser,
                "/proposals/term/" + f.termId + "/items/" + item,
                "personName",
                "Lê Văn Mới",
                "personPosition",
                "Phó Chủ tịch",
                "personGender",
                "MALE",
                "summary",
                "Thành tích mới",
                "version",
                String.valueOf(f.version() - 1));
        assertThat(HtmlUtils.htmlUnescape(stale.getResponse().getContentAsString()))
                .contains("data-testid=\"form-errors\"", "Lê Văn Mới");
        MvcResult saved = postAs(
                f.headUser,
                "/proposals/term/" + f.termId + "/items/" + item,
                "personName",
                "Lê Văn Mới",
                "personPosition",
                "Phó Chủ tịch",
                "personGender",
                "MALE",
                "summary",
                "Thành tích mới",
                "version",
                String.valueOf(f.version()));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select person_name, summary from award_proposal_item where id = ?", item))
                .containsEntry("person_name", "Lê Văn Mới")
                .containsEntry("summary", "Thành tích mới");
        assertThat(postAs(
                                f.memberUser,
                                "/proposals/term/" + f.termId + "/items/" + item,
                                "summary",
                                "Không được",
                                "version",
                                String.valueOf(f.version()))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aMemberAndTheProvinceStaffReadButCannotChange() throws Exception {
        postAs(f.headUser, "/proposals/term/" + f.termId + "/start");
        for (String reader : List.of(f.memberUser, "thamdinh")) {
            String body = page(reader);
            assertThat(body).doesNotContain("data-testid=\"item-form\"", "data-testid=\"submit-form\"");
            MvcResult refused = postAs(
                    reader,
                    "/proposals/term/" + f.termId + "/items",
                    "awardTypeId",
                    String.valueOf(flag),
                    "unitId",
                    String.valueOf(f.unitA),
                    "summary",
                    "Không được",
                    "version",
                    String.valueOf(f.version()));
            assertThat(refused.getResponse().getStatus()).as(reader).isEqualTo(403);
            assertThat(postAs(reader, "/proposals/term/" + f.termId + "/submit", "version", String.valueOf(f.version()))
                            .getResponse()
                            .getStatus())
                    .as(reader)
                    .isIn(302, 403);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_proposal_item where proposal_id = ?",
                        Integer.class,
                        f.proposalId()))
                .isZero();
        assertThat(jdbc.queryForObject("select status from award_proposal where term_id = ?", String.class, f.termId))
                .isEqualTo("DRAFT");
    }

    @Test
    void anotherClustersMemberAndAnotherOrganiserSeeNothing() throws Exception {
        postAs(f.headUser, "/proposals/term/" + f.termId + "/start");
        for (String outsider : List.of(f.otherClusterUser, "kiengiang", "trunguong")) {
            mvc.perform(get("/proposals/term/" + f.termId).with(Users.as(jdbc, outsider)))
                    .andExpect(status().isForbidden());
            assertThat(postAs(outsider, "/proposals/term/" + f.termId + "/start")
                            .getResponse()
                            .getStatus())
                    .as(outsider)
                    .isIn(302, 403);
            mvc.perform(get("/proposals/term/" + f.termId + "/submission.pdf").with(Users.as(jdbc, outsider)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_proposal where term_id = ?", Integer.class, f.termId))
                .isEqualTo(1);
        // A member's list shows the member's own cluster-years, never the organiser's list.
        String mine =
                HtmlUtils.htmlUnescape(mvc.perform(get("/proposals?year=2021").with(Users.as(jdbc, f.memberUser)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(mine).contains("data-testid=\"my-proposals\"", "Cụm đề nghị " + f.tag, "Dự thảo");
        assertThat(mine).doesNotContain("Cụm khác " + f.tag, "data-testid=\"proposal-list\"");
    }

    @Test
    void theAdministratorDraftsTooAndTheUploadsOfOthersAreRefusedBeforeReading() throws Exception {
        assertThat(postAs("admin", "/proposals/term/" + f.termId + "/start")
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        MockMultipartFile file =
                new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", ProposalServiceTest.pdf());
        mvc.perform(multipart("/proposals/term/" + f.termId + "/documents")
                        .file(file)
                        .param("kind", "MINUTES")
                        .param("version", String.valueOf(f.version()))
                        .with(Users.as(jdbc, f.memberUser))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        MockMultipartFile fake =
                new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", "<script>".getBytes());
        MvcResult refused = mvc.perform(multipart("/proposals/term/" + f.termId + "/documents")
                        .file(fake)
                        .param("kind", "OTHER")
                        .param("name", "Tên giữ lại")
                        .param("version", String.valueOf(f.version()))
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.getResponse().getContentAsString()))
                .contains("Chỉ nhận tệp PDF", "Tên giữ lại");
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_proposal_document where proposal_id = ?",
                        Integer.class,
                        f.proposalId()))
                .isZero();
    }
}
