package vn.thidua.award.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.award.vote.VoteFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The vote's pages per role: head, member, another cluster's member, the province's administrator, another organiser. */
class VoteControllerTest extends IntegrationTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String url(VoteFixture f, String tail) {
        return "/votes/term/" + f.termId + tail;
    }

    private void prepare(VoteFixture f, long type, boolean nextHead) throws Exception {
        var request = post(url(f, "/prepare"))
                .with(Users.as(jdbc, f.head()))
                .with(csrf())
                .param("typeIds", String.valueOf(type))
                .param("opens", VoteFixture.inMinutes(-60).format(vn.thidua.common.DisplayFormat.DATE_TIME))
                .param("closes", VoteFixture.inMinutes(60).format(vn.thidua.common.DisplayFormat.DATE_TIME))
                .param("deputySeats", "0");
        if (nextHead) {
            request.param("nextHead", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url(f, "")));
    }

    private long version(VoteFixture f) {
        return jdbc.queryForObject("select version from vote where term_id = ?", Long.class, f.termId);
    }

    private void open(VoteFixture f) throws Exception {
        mvc.perform(post(url(f, "/open"))
                        .with(Users.as(jdbc, f.head()))
                        .with(csrf())
                        .param("version", String.valueOf(version(f))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(jdbc.queryForObject("select status from vote where term_id = ?", String.class, f.termId))
                .isEqualTo("OPEN");
    }

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(Users.as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theHeadPreparesAndOpensMembersReadAndOutsidersAreRefused() throws Exception {
        VoteFixture f = VoteFixture.create(jdbc, 3);
        long type = f.type("W", "MEMBERS", "50", true, "0", null, 1);
        assertThat(page(f.head(), url(f, ""))).contains("data-testid=\"prepare\"");
        assertThat(page(f.head(), url(f, "/prepare"))).contains("Danh hiệu " + f.tag + "W");
        mvc.perform(get(url(f, "/prepare")).with(Users.as(jdbc, f.officers.get(1))))
                .andExpect(status().isForbidden());
        mvc.perform(post(url(f, "/prepare"))
                        .with(Users.as(jdbc, f.officers.get(1)))
                        .with(csrf())
                        .param("typeIds", String.valueOf(type)))
                .andExpect(status().isForbidden());

        prepare(f, type, true);
        assertThat(page(f.head(), url(f, "/edit"))).contains("data-testid=\"schedule-form\"");
        mvc.perform(get(url(f, "/edit")).with(Users.as(jdbc, f.officers.get(1))))
                .andExpect(status().isForbidden());
        open(f);

        assertThat(page(f.officers.get(1), url(f, ""))).contains("data-testid=\"go-ballot\"");
        assertThat(page("admin", url(f, ""))).contains("data-testid=\"voters\"").doesNotContain("go-ballot");
        mvc.perform(get(url(f, "")).with(Users.as(jdbc, "anphu"))).andExpect(status().isForbidden());
        mvc.perform(get(url(f, "")).with(Users.as(jdbc, "kiengiang"))).andExpect(status().isForbidden());
        mvc.perform(get(url(f, "/ballot")).with(Users.as(jdbc, "anphu"))).andExpect(status().isForbidden());
        mvc.perform(post(url(f, "/ballot"))
                        .with(Users.as(jdbc, "kiengiang"))
                        .with(csrf())
                        .param("password", VoteFixture.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post(url(f, "/close"))
                        .with(Users.as(jdbc, f.officers.get(2)))
                        .with(csrf())
                        .param("version", String.valueOf(version(f)))
                        .param("reason", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListShowsTheYearsOfOnesClustersWithTheirVotes() throws Exception {
        String member = page("anphu", "/votes?year=2020");
        assertThat(member).contains("Cụm thi đua số 2 2020").contains("Đã kết thúc");
        assertThat(page("admin", "/votes?year=2020")).contains("Cụm thi đua số 2 2020");
        assertThat(page("kiengiang", "/votes?year=2020")).doesNotContain("Cụm thi đua số 2 2020");
        assertThat(page("anphu", "/votes")).contains("data-testid=\"votes\"");
        String closed = page("anphu", "/votes/term/" + termId("AG", "CUM2", 2020));
        assertThat(closed)
                .contains("data-testid=\"elected\"")
                .contains("Cụm trưởng năm sau được bầu: Ủy ban nhân dân huyện Châu Thành");
    }

    @Test
    void aBadTimeIsShownBesideItsFieldAndWhatWasTypedStays() throws Exception {
        VoteFixture f = VoteFixture.create(jdbc, 3);
        long type = f.type("B", "MEMBERS", "50", true, "0", null, 1);
        String html = mvc.perform(post(url(f, "/prepare"))
                        .with(Users.as(jdbc, f.head()))
                        .with(csrf())
                        .param("typeIds", String.valueOf(type))
                        .param("opens", "31/02/2021 25:00")
                        .param("closes", "")
                        .param("deputySeats", "9"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("31/02/2021 25:00")
                .contains("không đúng dạng")
                .contains("Vui lòng nhập ngày giờ")
                .contains("Số cụm phó cần bầu phải từ 0 đến 5");
        assertThat(jdbc.queryForObject("select count(*) from vote where term_id = ?", Integer.class, f.termId))
                .isZero();
    }

    @Test
    void aMemberCastsOnceWithThePasswordFromThePhoneFriendlyBallot() throws Exception {
        VoteFixture f = VoteFixture.create(jdbc, 3);
        long type = f.type("K", "MEMBERS", "50", true, "0", null, 1);
        prepare(f, type, false);
        open(f);
        String member = f.officers.get(1);
        String ballot = page(member, url(f, "/ballot"));
        assertThat(ballot).contains("data-testid=\"ballot-form\"").contains("btn-check");
        long question = jdbc.queryForObject(
                "select q.id from vote_question q join vote v on v.id = q.vote_id where v.term_id = ?",
                Long.class,
                f.termId);
        long candidate =
                jdbc.queryForObject("select unit_id from vote_candidate where question_id = ?", Long.class, question);
        String name = "a" + question + "_" + candidate;
        String wrong = mvc.perform(post(url(f, "/ballot"))
                        .with(Users.as(jdbc, member))
                        .with(csrf())
                        .param(name, "AGAINST")
                        .param("password", "not-my-password"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrong).contains("Mật khẩu không đúng").contains("value=\"AGAINST\" checked");
        mvc.perform(post(url(f, "/ballot"))
                        .with(Users.as(jdbc, member))
                        .with(csrf())
                        .param(name, "AGAINST")
                        .param("password", VoteFixture.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(url(f, "")));
        mvc.perform(post(url(f, "/ballot"))
                        .with(Users.as(jdbc, member))
                        .with(csrf())
                        .param(name, "FOR")
                        .param("password", VoteFixture.PASSWORD))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select count(*) from vote_ballot b join vote v on v.id = b.vote_id where v.term_id = ?",
                        Integer.class,
                        f.termId))
                .isEqualTo(1);
        mvc.perform(get(url(f, "/ballot")).with(Users.as(jdbc, member))).andExpect(status().is3xxRedirection());
    }

    @Test
    void thePaperResultIsRecordedWithItsMinutesCheckedAgainstTheirName() throws Exception {
        VoteFixture f = VoteFixture.create(jdbc, 4);
        long type = f.type("Q", "VALID_BALLOTS", "50", true, "0", null, 1);
        prepare(f, type, false);
        long question = jdbc.queryForObject(
                "select q.id from vote_question q join vote v on v.id = q.vote_id where v.term_id = ?",
                Long.class,
                f.termId);
        long candidate =
                jdbc.queryForObject("select unit_id from vote_candidate where question_id = ?", Long.class, question);
        assertThat(page(f.head(), url(f, "/paper"))).contains("data-testid=\"paper-form\"");
        mvc.perform(multipart(url(f, "/paper"))
                        .file(new MockMultipartFile("minutes", "bb.pdf", "application/pdf", "%PDF-1.4 x".getBytes()))
                        .with(Users.as(jdbc, f.officers.get(1)))
                        .with(csrf())
                        .param("issued", "4"))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(multipart(url(f, "/paper"))
                        .file(new MockMultipartFile(
                                "minutes", "bb.pdf", "application/pdf", "<html>not a pdf".getBytes()))
                        .with(Users.as(jdbc, f.head()))
                        .with(csrf())
                        .param("issued", "4")
                        .param("returned", "5")
                        .param("valid", "3")
                        .param("v" + question + "_" + candidate, "3"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("phải là PDF, JPEG hoặc PNG").contains("Số phiếu thu về phải từ 0");
        mvc.perform(multipart(url(f, "/paper"))
                        .file(new MockMultipartFile("minutes", "bb.pdf", "application/pdf", "%PDF-1.4 x".getBytes()))
                        .with(Users.as(jdbc, f.head()))
                        .with(csrf())
                        .param("issued", "4")
                        .param("returned", "4")
                        .param("valid", "3")
                        .param("v" + question + "_" + candidate, "2"))
                .andExpect(status().is3xxRedirection());
        String closed = page(f.officers.get(2), url(f, ""));
        assertThat(closed)
                .contains("data-testid=\"how\"")
                .contains("bỏ phiếu giấy")
                .contains("data-testid=\"elected\"");
        assertThat(jdbc.queryForObject("select method from vote where term_id = ?", String.class, f.termId))
                .isEqualTo("PAPER");
        byte[] minutes = mvc.perform(get(url(f, "/minutes")).with(Users.as(jdbc, f.officers.get(2))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(minutes)).startsWith("%PDF-");
        mvc.perform(get(url(f, "/minutes")).with(Users.as(jdbc, "anphu"))).andExpect(status().isForbidden());
    }

    /**
     * The secrecy test: a closed vote's pages (as head, member, administrator), the audit trail and the notifications
     * hold no link from a unit to what it chose.
     */
    @Test
    void nothingLinksAUnitToItsChoices() throws Exception {
        VoteFixture f = VoteFixture.create(jdbc, 3);
        long type = f.type("X", "MEMBERS", "50", true, "0", null, 1);
        prepare(f, type, false);
        open(f);
        long question = jdbc.queryForObject(
                "select q.id from vote_question q join vote v on v.id = q.vote_id where v.term_id = ?",
                Long.class,
                f.termId);
        long candidate =
                jdbc.queryForObject("select unit_id from vote_candidate where question_id = ?", Long.class, question);
        String[] choices = {"FOR", "AGAINST", "BLANK"};
        for (int i = 0; i < 3; i++) {
            mvc.perform(post(url(f, "/ballot"))
                            .with(Users.as(jdbc, f.officers.get(i)))
                            .with(csrf())
                            .param("a" + question + "_" + candidate, choices[i])
                            .param("password", VoteFixture.PASSWORD))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post(url(f, "/close"))
                        .with(Users.as(jdbc, f.head()))
                        .with(csrf())
                        .param("version", String.valueOf(version(f))))
                .andExpect(status().is3xxRedirection());

        for (String user : List.of(f.head(), f.officers.get(1), "admin")) {
            String html = page(user, url(f, ""));
            assertThat(html).contains("data-testid=\"tally\"");
            // The voters' list says only who voted; the choice words appear nowhere beside a voter.
            String voters = html.substring(
                    html.indexOf("data-testid=\"voters\""),
                    html.indexOf("</ul>", html.indexOf("data-testid=\"voters\"")));
            assertThat(voters)
                    .doesNotContain("Không đồng ý")
                    .doesNotContain("Không biểu quyết")
                    .doesNotContain("AGAINST");
            assertThat(html).doesNotContain("value=\"FOR\"").doesNotContain("BLANK");
        }
        String audit = page("admin", "/admin/audit?entityType=Vote");
        assertThat(audit)
                .doesNotContain("AGAINST")
                .doesNotContain("Không đồng ý")
                .doesNotContain("Không biểu quyết");
        List<String> trail = jdbc.queryForList(
                "select coalesce(new_value::text, '') || coalesce(old_value::text, '') || summary || coalesce(reason, '') from audit_event where entity_type = 'Vote' and entity_id = (select id from vote where term_id = ?)",
                String.class,
                f.termId);
        assertThat(String.join("\n", trail))
                .doesNotContain("FOR")
                .doesNotContain("AGAINST")
                .doesNotContain("BLANK");
        List<String> notes = jdbc.queryForList(
                "select n.message_key || coalesce(n.arguments::text, '') from notification n join app_user u on u.id = n.user_id where u.username like ?",
                String.class,
                f.tag.toLowerCase() + "%");
        assertThat(String.join("\n", notes))
                .doesNotContain("FOR")
                .doesNotContain("AGAINST")
                .doesNotContain("BLANK");
        // The ballots carry no unit and no time; the row saying who voted carries no choice.
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where table_name = 'vote_voter'",
                        String.class))
                .containsExactlyInAnyOrder("vote_id", "unit_id");
    }
}
