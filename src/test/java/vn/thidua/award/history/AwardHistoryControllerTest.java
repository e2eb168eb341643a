package vn.thidua.award.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** A unit's award history and the search of people, for every role. */
class AwardHistoryControllerTest extends IntegrationTest {

    HistoryFixture f;
    long anPhu;
    long flag;
    long merit;

    @BeforeEach
    void setUp() {
        f = HistoryFixture.create(jdbc);
        anPhu = unitId("AG", "AP");
        flag = f.type("CO_TINH");
        merit = f.type("BK_CHU_TICH");
    }

    private String page(String url, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(Users.as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private int statusOf(String url, String user) throws Exception {
        return mvc.perform(get(url).with(Users.as(jdbc, user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void theUnitsOfficersItsClustersHeadAndTheStaffReadItsHistoryNobodyElse() throws Exception {
        DecisionFixture d = f.decision(2006);
        d.grant(merit, anPhu, "Thành tích " + f.tag);
        String url = "/units/" + anPhu + "/awards";
        for (String reader : new String[] {"anphu", "cumtruong2", "admin", "thamdinh"}) {
            assertThat(page(url, reader))
                    .as(reader)
                    .contains("Thành tích " + f.tag)
                    .doesNotContain("Thành tích " + f.tag + "x");
        }
        // Another member of the cluster, another organiser's administrator and unit: refused.
        for (String other : new String[] {"chomoi", "kiengiang", "hatien"}) {
            assertThat(statusOf(url, other)).as(other).isEqualTo(403);
        }
        assertThat(statusOf("/units/99999999/awards", "admin")).isEqualTo(404);
        assertThat(statusOf("/units/abc/awards", "admin")).isEqualTo(400);
    }

    @Test
    void theHistoryShowsEachAwardWithItsDecisionAndRegisterNumberNewestYearFirst() throws Exception {
        long unit = f.unit("Mỹ Đức");
        DecisionFixture older = f.decision(2007);
        older.grant(merit, unit, "Hoàn thành xuất sắc 2007");
        DecisionFixture newer = f.decision(2009);
        newer.grant(flag, unit, "Dẫn đầu cụm 2009");
        newer.grant(merit, unit, "Nguyễn Thị Hoa " + f.tag, "Chủ tịch", "Cá nhân tiêu biểu");
        String body = page("/units/" + unit + "/awards", "admin");
        assertThat(body)
                .contains(
                        "Lịch sử khen thưởng: Xã Mỹ Đức " + f.tag,
                        "Năm 2009",
                        "Năm 2007",
                        newer.number,
                        older.number,
                        "/decisions/" + newer.decisionId,
                        "15/01/2010",
                        "Nguyễn Thị Hoa " + f.tag,
                        "Chủ tịch",
                        "Tập thể đơn vị",
                        "Cờ thi đua của Ủy ban nhân dân tỉnh");
        assertThat(body.indexOf("Năm 2009")).isLessThan(body.indexOf("Năm 2007"));
        String register = jdbc.queryForObject(
                "select register_number from award_granted where id = ?", String.class, older.awardIds.get(0));
        assertThat(body).contains(register);
        assertThat(body).doesNotContain("data-testid=\"history-taken-back\"", "PROVINCE", "COLLECTIVE");
        // A unit without any award says so.
        assertThat(page("/units/" + f.unit("Trống") + "/awards", "admin")).contains("data-testid=\"history-empty\"");
    }

    @Test
    void aRevokedAwardIsMarkedWithTheLaterDecision() throws Exception {
        long unit = f.unit("Vĩnh Hậu");
        DecisionFixture d = f.decision(2008);
        long award = d.grant(flag, unit, "Dẫn đầu 2008");
        long later = DecisionFixture.revoke(jdbc, award, "Phát hiện sai phạm " + f.tag);
        String laterNumber = jdbc.queryForObject("select number from award_decision where id = ?", String.class, later);
        String body = page("/units/" + unit + "/awards", "thamdinh");
        assertThat(body)
                .contains(
                        "data-testid=\"history-taken-back\"",
                        "Đã thu hồi",
                        laterNumber,
                        "/decisions/" + later,
                        "Phát hiện sai phạm " + f.tag)
                .doesNotContain("REVOKED");
    }

    @Test
    void aMergedUnitShowsItsPredecessorsHistoryLabelledWithTheirNames() throws Exception {
        long successor = f.unit("Tân Mới");
        long first = f.unit("Cũ Một");
        long second = f.unit("Cũ Hai");
        f.merge(first, successor);
        f.merge(second, first);
        DecisionFixture d = f.decision(2010);
        d.grant(merit, first, "Thành tích của xã Cũ Một");
        d.grant(merit, second, "Thành tích của xã Cũ Hai");
        d.grant(flag, successor, "Thành tích của xã Tân Mới");
        String body = page("/units/" + successor + "/awards", "admin");
        assertThat(body)
                .contains(
                        "data-testid=\"history-predecessors\"",
                        "Trước sáp nhập: Xã Cũ Một " + f.tag,
                        "Trước sáp nhập: Xã Cũ Hai " + f.tag,
                        "3 khen thưởng đã ghi nhận");
        // The predecessor's own page shows its own and its predecessor's awards, not its successor's.
        assertThat(page("/units/" + first + "/awards", "admin"))
                .contains("2 khen thưởng đã ghi nhận", "Trước sáp nhập: Xã Cũ Hai " + f.tag);
    }

    @Test
    void theStaffSearchIndividualsWithoutAccentsOthersAreRefused() throws Exception {
        long unit = f.unit("Bình Long");
        DecisionFixture d = f.decision(2005);
        d.grant(merit, unit, "Trần Văn Đức " + f.tag, "Phó Chủ tịch", "Cá nhân tiêu biểu");
        d.grant(merit, unit, "Lê Thị Mai " + f.tag, "Công chức", "Cá nhân tiêu biểu");
        String body = page("/award-history/people?q=tran van duc " + f.tag.toLowerCase(), "thamdinh");
        assertThat(body)
                .contains("Trần Văn Đức " + f.tag, "Phó Chủ tịch", "/units/" + unit + "/awards", d.number)
                .doesNotContain("Lê Thị Mai " + f.tag);
        assertThat(page("/award-history/people", "admin")).contains("data-testid=\"people-hint\"");
        assertThat(page("/award-history/people?q=khong+co+ai+" + f.tag, "admin"))
                .contains("data-testid=\"people-none\"");
        // Another organiser's staff finds nothing of An Giang.
        assertThat(page("/award-history/people?q=" + f.tag, "kiengiang")).doesNotContain("Trần Văn Đức");
        for (String other : new String[] {"anphu", "cumtruong2"}) {
            assertThat(statusOf("/award-history/people?q=" + f.tag, other))
                    .as(other)
                    .isEqualTo(403);
        }
    }

    @Test
    void theUnitPageAndAnOfficersHomeLinkToTheHistory() throws Exception {
        assertThat(page("/admin/units/" + anPhu, "admin")).contains("/units/" + anPhu + "/awards");
        assertThat(page("/", "anphu")).contains("data-testid=\"home-unit-awards\"", "/units/" + anPhu + "/awards");
    }
}
