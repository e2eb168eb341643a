package vn.thidua.award.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.common.Flash;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The minutes page, its form, its documents and the signed scan, for every role. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesPagesTest extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes();
    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    SignedMinutes signedMinutes;

    MinutesFixture open;
    MinutesFixture closed;

    @BeforeAll
    void createData() {
        open = new MinutesFixture(jdbc);
        closed = new MinutesFixture(jdbc).closeVote();
    }

    String url(MinutesFixture f) {
        return "/award/cluster-years/" + f.clusterYear + "/minutes";
    }

    MockHttpServletRequestBuilder valid(MinutesFixture f) {
        return valid(f, Map.of());
    }

    /** A valid form, with some fields replaced. */
    MockHttpServletRequestBuilder valid(MinutesFixture f, Map<String, String> replaced) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("meetingDate", "15/12/2021");
        params.put("meetingTime", "08:30");
        params.put("place", "Hội trường Ủy ban nhân dân huyện Châu Thành");
        params.put("chairName", "Nguyễn Văn Tâm");
        params.put("chairTitle", "Chủ tịch UBND huyện Châu Thành");
        params.put("secretaryName", "Trần Thị Hương");
        params.put("secretaryTitle", "Chuyên viên Phòng Nội vụ");
        params.put("present[" + f.headUnit + "]", "true");
        params.put("present[" + f.memberUnit + "]", "true");
        params.put("reason[" + f.otherUnit + "]", "Đi công tác tỉnh");
        params.put("countingTeam", "Lê Văn Bình\nPhạm Thị Lan");
        params.put("otherContent", "Các đơn vị thống nhất kết quả bình xét.");
        params.putAll(replaced);
        MockHttpServletRequestBuilder request = post(url(f));
        params.forEach(request::param);
        return request;
    }

    String page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(
                mvc.perform(request.with(Users.as(jdbc, user)).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    int status(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(Users.as(jdbc, user)).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    String body(String user, String url) throws Exception {
        return mvc.perform(get(url).with(Users.as(jdbc, user)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    void saveDetails(MinutesFixture f) throws Exception {
        if (jdbc.queryForObject("select count(*) from vote_minutes where term_id = ?", Integer.class, f.clusterYear)
                == 0) {
            assertThat(status(f.head, valid(f))).isEqualTo(302);
        }
    }

    @Test
    void beforeTheVoteIsClosedThePageSaysSoAndGivesNoDocument() throws Exception {
        String page = body(open.member, url(open));
        assertThat(page).contains("Chưa có kết quả bình xét").doesNotContain("data-testid=\"minutes-form\"");
        assertThat(status(open.head, get(url(open) + "/document.pdf"))).isEqualTo(422);
        assertThat(formFlash(open.head, valid(open))).isEqualTo("minutes.voteNotClosed");
        assertThat(jdbc.queryForObject(
                        "select count(*) from vote_minutes where term_id = ?", Integer.class, open.clusterYear))
                .isZero();
    }

    @Test
    void theHeadAndTheAdministratorEditMembersAndStaffReadOthersFindNothing() throws Exception {
        saveDetails(closed);
        String headPage = body(closed.head, url(closed));
        assertThat(headPage).contains("data-testid=\"minutes-form\"").contains("66,67 %");
        assertThat(body("admin", url(closed))).contains("data-testid=\"minutes-form\"");
        String memberPage = body(closed.member, url(closed));
        assertThat(memberPage)
                .doesNotContain("data-testid=\"minutes-form\"")
                .doesNotContain("data-testid=\"minutes-scan-form\"")
                .contains("data-testid=\"minutes-details\"")
                .contains("Nguyễn Văn Tâm");
        assertThat(body("thamdinh", url(closed))).doesNotContain("data-testid=\"minutes-form\"");
        assertThat(body(closed.head, url(closed) + "?lang=en"))
                .contains("Meeting details")
                .contains("More than 50% of all member units")
                .doesNotContain("Thông tin cuộc họp");
        for (String outsider : new String[] {"anphu", "kiengiang", "hatien"}) {
            assertThat(status(outsider, get(url(closed)))).as(outsider).isEqualTo(404);
            assertThat(status(outsider, get(url(closed) + "/document.pdf")))
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(status(outsider, get(url(closed) + "/document.docx")))
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(status(outsider, get(url(closed) + "/scan")))
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(status(outsider, valid(closed))).as(outsider).isEqualTo(404);
        }
        for (String reader : new String[] {closed.member, closed.head, "admin", "thamdinh"}) {
            assertThat(status(reader, get(url(closed) + "/document.pdf")))
                    .as(reader)
                    .isEqualTo(200);
            assertThat(status(reader, get(url(closed) + "/document.docx")))
                    .as(reader)
                    .isEqualTo(200);
        }
        assertThat(status(closed.member, valid(closed))).isEqualTo(403);
        assertThat(status("thamdinh", valid(closed))).isEqualTo(403);
    }

    @Test
    void everyProblemIsShownBesideItsFieldAndNothingTypedIsLost() throws Exception {
        MvcResult result = mvc.perform(post(url(closed))
                        .param("meetingDate", "31/02/2021")
                        .param("meetingTime", "25:99")
                        .param("place", "Nhà văn hóa xã An Phú")
                        .param("chairName", "")
                        .param("chairTitle", "x".repeat(151))
                        .param("secretaryName", "Trần\u0007Thị")
                        .param("secretaryTitle", "")
                        .param("reason[" + closed.otherUnit + "]", "y".repeat(256))
                        .param("otherContent", "Nội dung đã gõ")
                        .with(Users.as(jdbc, closed.head))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(
                result.getResponse().getContentAsString());
        for (String field :
                new String[] {"meetingDate", "meetingTime", "chairName", "chairTitle", "secretaryName", "secretaryTitle"
                }) {
            assertThat(page).containsPattern("id=\"" + field + "\"[^>]*is-invalid|is-invalid[^>]*id=\"" + field + "\"");
        }
        assertThat(page)
                .contains("Ngày họp phải có dạng dd/mm/yyyy")
                .contains("Giờ họp phải có dạng hh:mm")
                .contains("Cần ít nhất một đơn vị có mặt")
                .contains("Nhà văn hóa xã An Phú")
                .contains("Nội dung đã gõ")
                .contains("y".repeat(256))
                .contains("maxlength=\"255\"");
    }

    @Test
    void aMeetingDateAfterTodayOrBeforeTheYearIsRefused() throws Exception {
        String page = page(closed.head, valid(closed, Map.of("meetingDate", "01/01/2020")));
        assertThat(page).contains("Ngày họp phải từ năm 2021");
        assertThat(page(closed.head, valid(closed, Map.of("meetingDate", "01/01/2099"))))
                .contains("Ngày họp phải từ năm 2021");
    }

    @Test
    void savingRecordsHistoryAuditAndRefusesAStaleVersion() throws Exception {
        MinutesFixture f = new MinutesFixture(jdbc).closeVote();
        assertThat(status(f.head, valid(f))).isEqualTo(302);
        long minutesId =
                jdbc.queryForObject("select id from vote_minutes where term_id = ?", Long.class, f.clusterYear);
        Map<String, Object> row = jdbc.queryForMap("select * from vote_minutes where id = ?", minutesId);
        assertThat(row.get("status")).isEqualTo("DRAFT");
        assertThat(row.get("place")).isEqualTo("Hội trường Ủy ban nhân dân huyện Châu Thành");
        assertThat(jdbc.queryForObject(
                        "select absence_reason from vote_minutes_attendance where minutes_id = ? and unit_id = ? and not present",
                        String.class,
                        minutesId,
                        f.otherUnit))
                .isEqualTo("Đi công tác tỉnh");
        assertThat(jdbc.queryForObject(
                        "select to_status from vote_minutes_history where minutes_id = ?", String.class, minutesId))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'MINUTES_DRAFTED' and entity_id = ?",
                        Integer.class,
                        minutesId))
                .isEqualTo(1);
        long version = (Long) row.get("version");
        assertThat(status(f.head, valid(f, Map.of("version", String.valueOf(version), "place", "Phòng họp số 1"))))
                .isEqualTo(302);
        String conflict = page(f.head, valid(f, Map.of("version", String.valueOf(version), "place", "Phòng họp số 2")));
        assertThat(conflict).contains("data-testid=\"form-errors\"").contains("Phòng họp số 2");
        assertThat(jdbc.queryForObject("select place from vote_minutes where id = ?", String.class, minutesId))
                .isEqualTo("Phòng họp số 1");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'MINUTES_REVISED' and entity_id = ?",
                        Integer.class,
                        minutesId))
                .isEqualTo(1);
    }

    @Test
    void theSignedScanIsCheckedByItsContentAndReplaceableUntilTheProposal() throws Exception {
        MinutesFixture f = new MinutesFixture(jdbc).closeVote();
        assertThat(flash(f.head, f, new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", PDF)))
                .isEqualTo("minutes.scan.detailsFirst");
        saveDetails(f);
        assertThat(flash(
                        f.head,
                        f,
                        new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", "<html>".getBytes())))
                .isEqualTo("minutes.scan.typeRefused");
        assertThat(flash(f.head, f, new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", PNG)))
                .isEqualTo("minutes.scan.nameMismatch");
        assertThat(flash(f.head, f, new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", new byte[0])))
                .isEqualTo("minutes.scan.empty");
        byte[] tooLarge = Arrays.copyOf(PDF, ScanType.MAX_BYTES + 1);
        assertThat(flash(f.head, f, new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", tooLarge)))
                .isEqualTo("minutes.scan.tooLarge");
        assertThat(signedMinutes.of(f.clusterYear)).isEmpty();

        assertThat(flash(f.head, f, new MockMultipartFile("file", "bien-ban-da-ky.pdf", "application/pdf", PDF)))
                .isEqualTo("minutes.scan.saved");
        SignedMinutesFile first = signedMinutes.of(f.clusterYear).orElseThrow();
        assertThat(first.fileName()).isEqualTo("bien-ban-da-ky.pdf");
        assertThat(first.contentType()).isEqualTo("application/pdf");
        assertThat(jdbc.queryForObject(
                        "select status from vote_minutes where term_id = ?", String.class, f.clusterYear))
                .isEqualTo("SIGNED");
        for (String reader : new String[] {f.member, "thamdinh", "admin"}) {
            MvcResult download = mvc.perform(get(url(f) + "/scan").with(Users.as(jdbc, reader)))
                    .andReturn();
            assertThat(download.getResponse().getStatus()).as(reader).isEqualTo(200);
            assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
            assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        }

        assertThat(flash("admin", f, new MockMultipartFile("file", "ban-quet.png", "image/png", PNG)))
                .isEqualTo("minutes.scan.saved");
        SignedMinutesFile second = signedMinutes.of(f.clusterYear).orElseThrow();
        assertThat(second.fileName()).isEqualTo("ban-quet.png");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action in ('MINUTES_SIGNED', 'MINUTES_SCAN_REPLACED') "
                                + "and entity_type = 'VoteMinutes' and summary like ?",
                        Integer.class,
                        "%" + f.tag + "%"))
                .isEqualTo(2);

        assertThat(jdbc.queryForObject(
                        "select reason from vote_minutes_history h join vote_minutes m on m.id = h.minutes_id "
                                + "where m.term_id = ? order by h.id desc limit 1",
                        String.class,
                        f.clusterYear))
                .isEqualTo("bien-ban-da-ky.pdf");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification n join app_user u on u.id = n.user_id "
                                + "where u.username = ? and n.message_key = 'minutes.notify.signed'",
                        Integer.class,
                        f.member))
                .isEqualTo(2);

        f.status("PROPOSAL");
        assertThat(flash(f.head, f, new MockMultipartFile("file", "moi.pdf", "application/pdf", PDF)))
                .isEqualTo("minutes.proposalSubmitted");
        assertThat(signedMinutes.of(f.clusterYear).orElseThrow().fileName()).isEqualTo("ban-quet.png");
        assertThat(body(f.head, url(f))).doesNotContain("data-testid=\"minutes-scan-form\"");
        assertThat(formFlash(f.head, valid(f))).isEqualTo("minutes.proposalSubmitted");

        f.status("CLOSED");
        assertThat(body(f.head, url(f))).contains("data-testid=\"minutes-read-only\"");
        assertThat(flash(f.head, f, new MockMultipartFile("file", "moi.pdf", "application/pdf", PDF)))
                .isEqualTo("minutes.closedYear");
        assertThat(status(f.member, get(url(f) + "/scan"))).isEqualTo(200);
        // Whatever reaches the database anyway is refused there too.
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        jdbc.update("update vote_minutes set place = 'Nơi khác' where term_id = ?", f.clusterYear))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void anUploadFromSomeoneWhoMayNotIsRefusedBeforeAnyByteIsRead() throws Exception {
        saveDetails(closed);
        for (String user : new String[] {closed.member, "thamdinh", "anphu", "kiengiang"}) {
            MockMultipartFile unreadable = new MockMultipartFile("file", "x.pdf", "application/pdf", PDF) {
                @Override
                public InputStream getInputStream() throws IOException {
                    throw new AssertionError("the upload was read");
                }

                @Override
                public byte[] getBytes() throws IOException {
                    throw new AssertionError("the upload was read");
                }
            };
            int code = status(user, multipart(url(closed) + "/scan").file(unreadable));
            assertThat(code).as(user).isIn(403, 404);
        }
        assertThat(signedMinutes.of(closed.clusterYear)).isEmpty();
    }

    /** The message a refused form leads back to the page with. */
    private String formFlash(String user, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result =
                mvc.perform(request.with(Users.as(jdbc, user)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).kind()).isEqualTo("danger");
        return ((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).key();
    }

    private String flash(String user, MinutesFixture f, MockMultipartFile file) throws Exception {
        MvcResult result = mvc.perform(multipart(url(f) + "/scan")
                        .file(file)
                        .with(Users.as(jdbc, user))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return ((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).key();
    }
}
